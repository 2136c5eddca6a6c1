package dev.saferank.platform.notice;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
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

    NoticeController(Notices notices, Objections objections) {
        this.notices = notices;
        this.objections = objections;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    OpenNoticePayload openNotice(@Argument OpenNoticeInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        return payload(() -> notices.open(tenant, input.runId(), input.startsOn(), actor), OpenNoticePayload::new);
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
    DecideObjectionPayload decideObjection(@Argument DecideObjectionInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        String actor = Callers.require(auth).username();
        var decision = new Objections.Decision(input.id(), input.accept(), input.decision());
        return payload(() -> objections.decide(tenant, decision, actor), DecideObjectionPayload::new);
    }

    private static <T, P> P payload(Supplier<T> change, BiFunction<T, List<UserError>, P> payload) {
        try {
            return payload.apply(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return payload.apply(null, invalid.errors());
        }
    }
}
