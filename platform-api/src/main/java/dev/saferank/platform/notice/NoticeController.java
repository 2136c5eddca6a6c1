package dev.saferank.platform.notice;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Opening a notice and deciding objections (bureau admins); filing an objection (an agency user for
 * its own agency, or anyone without an account: the one mutation open to anonymous callers).
 */
@Controller
class NoticeController {

    record OpenNoticeInput(Long runId, LocalDate startsOn) {}

    record OpenNoticePayload(Notice notice, List<UserError> errors) {}

    record FileObjectionInput(String tenant, Integer year, Long agencyId, String reason, String name, String contact) {}

    record FileObjectionPayload(String trackingCode, Objection objection, List<UserError> errors) {}

    record DecideObjectionInput(Long id, Boolean accept, String decision) {}

    record DecideObjectionPayload(Objection objection, List<UserError> errors) {}

    private final Notices notices;
    private final Objections objections;
    private final Auditing auditing;

    NoticeController(Notices notices, Objections objections, Auditing auditing) {
        this.notices = notices;
        this.objections = objections;
        this.auditing = auditing;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    OpenNoticePayload openNotice(
            @Argument OpenNoticeInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        return payload(
                () -> auditing.audited(
                        auth,
                        clientAddress,
                        AuditAction.NOTICE_OPENED,
                        () -> notices.open(tenant, input.runId(), input.startsOn(), actor),
                        n -> Auditing.Target.of("notice", n.id())
                                .with("runId", input.runId())
                                .with("startsOn", input.startsOn())),
                OpenNoticePayload::new);
    }

    @MutationMapping
    @PreAuthorize("permitAll()")
    FileObjectionPayload fileObjection(@Argument FileObjectionInput input, Authentication auth) {
        var filing = new Objections.Filing(
                input.tenant(), input.year(), input.agencyId(), input.reason(), input.name(), input.contact());
        try {
            Objection filed = objections.file(Callers.of(auth), filing);
            return new FileObjectionPayload(filed.trackingCode(), filed, List.of());
        } catch (InvalidInputException invalid) {
            return new FileObjectionPayload(null, null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    DecideObjectionPayload decideObjection(
            @Argument DecideObjectionInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        var decision = new Objections.Decision(input.id(), input.accept(), input.decision());
        return payload(
                () -> auditing.audited(
                        auth,
                        clientAddress,
                        Boolean.TRUE.equals(input.accept())
                                ? AuditAction.OBJECTION_ACCEPTED
                                : AuditAction.OBJECTION_REJECTED,
                        () -> objections.decide(tenant, decision, actor),
                        o -> Auditing.Target.of("objection", input.id())),
                DecideObjectionPayload::new);
    }

    private static <T, P> P payload(Supplier<T> change, BiFunction<T, List<UserError>, P> payload) {
        try {
            return payload.apply(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return payload.apply(null, invalid.errors());
        }
    }
}
