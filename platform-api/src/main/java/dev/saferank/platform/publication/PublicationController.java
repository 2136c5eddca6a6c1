package dev.saferank.platform.publication;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.InvalidRequestException;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.publication.PublicationRequests;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Requesting publications: bureau admins of the tenant. The publication job writes them. */
@Controller
class PublicationController {

    record PublishInput(long noticeId) {}

    record CorrectPublicationInput(long publicationId, long runId, String reason) {}

    record DowngradeAgencyInput(long publicationId, long agencyId, String reason) {}

    record PublicationPayload(PublicationView publication, List<UserError> errors) {}

    private final PublicationRequests requests;
    private final PublicationMapper mapper;
    private final Auditing auditing;

    PublicationController(PublicationRequests requests, PublicationMapper mapper, Auditing auditing) {
        this.requests = requests;
        this.mapper = mapper;
        this.auditing = auditing;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    PublicationPayload publish(
            @Argument PublishInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        return payload(
                tenant,
                () -> auditing.audited(
                        auth,
                        clientAddress,
                        AuditAction.PUBLICATION_REQUESTED,
                        () -> requests.publish(tenant, Callers.require(auth).username(), input.noticeId()),
                        id -> Auditing.Target.of("publication", id).with("noticeId", input.noticeId())));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    PublicationPayload correctPublication(
            @Argument CorrectPublicationInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        return payload(
                tenant,
                () -> auditing.audited(
                        auth,
                        clientAddress,
                        AuditAction.CORRECTION_REQUESTED,
                        () -> requests.correct(
                                tenant,
                                Callers.require(auth).username(),
                                input.publicationId(),
                                input.runId(),
                                input.reason()),
                        id -> Auditing.Target.of("publication", id)
                                .with("supersedes", input.publicationId())
                                .with("runId", input.runId())
                                .with("reason", input.reason())));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    PublicationPayload downgradeAgency(
            @Argument DowngradeAgencyInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        return payload(
                tenant,
                () -> auditing.audited(
                        auth,
                        clientAddress,
                        AuditAction.DOWNGRADE_REQUESTED,
                        () -> requests.downgrade(
                                tenant,
                                Callers.require(auth).username(),
                                input.publicationId(),
                                input.agencyId(),
                                input.reason()),
                        id -> Auditing.Target.of("publication", id)
                                .with("supersedes", input.publicationId())
                                .with("agencyId", input.agencyId())
                                .with("reason", input.reason())));
    }

    /** The queued publication, or the refusal as the payload's errors (nothing was written). */
    private PublicationPayload payload(String tenant, LongSupplier request) {
        try {
            Publication queued = mapper.find(tenant, request.getAsLong()).orElseThrow();
            return new PublicationPayload(new PublicationView(queued, true), List.of());
        } catch (InvalidRequestException refused) {
            return new PublicationPayload(
                    null, List.of(UserError.of(refused.field(), refused.code(), refused.getMessage())));
        }
    }
}
