package dev.saferank.platform.sanction;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
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

/** Recording and withdrawing sanctions and honours: bureau admins and inspectors of the tenant. */
@Controller
class SanctionController {

    record RecordSanctionInput(
            long agencyId,
            Integer year,
            String type,
            String level,
            LocalDate decidedOn,
            String issuer,
            String reason,
            String idempotencyKey) {}

    record RecordHonourInput(
            long agencyId,
            Integer year,
            String level,
            String cause,
            LocalDate awardedOn,
            String issuer,
            String idempotencyKey) {}

    record WithdrawInput(long id, String reason) {}

    record SanctionPayload(Sanction sanction, List<UserError> errors) {}

    record HonourPayload(Honour honour, List<UserError> errors) {}

    private final RecordingSanction recording;

    SanctionController(RecordingSanction recording) {
        this.recording = recording;
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SanctionPayload recordSanction(@Argument RecordSanctionInput input, Authentication auth) {
        var sanction = new RecordingSanction.NewSanction(
                input.agencyId(),
                input.year(),
                input.type(),
                input.level(),
                input.decidedOn(),
                input.issuer(),
                input.reason());
        return payload(
                () -> recording.record(Callers.require(auth), sanction, input.idempotencyKey()), SanctionPayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SanctionPayload withdrawSanction(@Argument WithdrawInput input, Authentication auth) {
        return payload(
                () -> recording.withdrawSanction(Callers.require(auth), input.id(), input.reason()),
                SanctionPayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    HonourPayload recordHonour(@Argument RecordHonourInput input, Authentication auth) {
        var honour = new RecordingSanction.NewHonour(
                input.agencyId(), input.year(), input.level(), input.cause(), input.awardedOn(), input.issuer());
        return payload(
                () -> recording.record(Callers.require(auth), honour, input.idempotencyKey()), HonourPayload::new);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    HonourPayload withdrawHonour(@Argument WithdrawInput input, Authentication auth) {
        return payload(
                () -> recording.withdrawHonour(Callers.require(auth), input.id(), input.reason()), HonourPayload::new);
    }

    private static <T, P> P payload(Supplier<T> change, BiFunction<T, List<UserError>, P> payload) {
        try {
            return payload.apply(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return payload.apply(null, invalid.errors());
        } catch (DuplicateSubmissionException duplicate) {
            return payload.apply(
                    null,
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }
}
