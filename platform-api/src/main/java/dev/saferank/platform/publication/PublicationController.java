package dev.saferank.platform.publication;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
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

    private final RequestingPublication requesting;

    PublicationController(RequestingPublication requesting) {
        this.requesting = requesting;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    PublicationPayload publish(@Argument PublishInput input, Authentication auth) {
        Callers.tenant(auth);
        return payload(() -> requesting.publish(Callers.require(auth), input.noticeId()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    PublicationPayload correctPublication(@Argument CorrectPublicationInput input, Authentication auth) {
        Callers.tenant(auth);
        return payload(
                () -> requesting.correct(Callers.require(auth), input.publicationId(), input.runId(), input.reason()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    PublicationPayload downgradeAgency(@Argument DowngradeAgencyInput input, Authentication auth) {
        Callers.tenant(auth);
        return payload(() ->
                requesting.downgrade(Callers.require(auth), input.publicationId(), input.agencyId(), input.reason()));
    }

    private static PublicationPayload payload(Supplier<Publication> request) {
        try {
            return new PublicationPayload(new PublicationView(request.get(), true), List.of());
        } catch (InvalidInputException invalid) {
            return new PublicationPayload(null, invalid.errors());
        }
    }
}
