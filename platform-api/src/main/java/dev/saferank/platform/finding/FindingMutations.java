package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
import dev.saferank.platform.security.Callers;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Recording findings and moving them through their lifecycle. */
@Controller
class FindingMutations {

    record FindingPayload(Finding finding, List<UserError> errors) {}

    record ChangeFindingInput(long id, String reason) {}

    private final RecordingFinding recording;
    private final FindingLifecycle lifecycle;

    FindingMutations(RecordingFinding recording, FindingLifecycle lifecycle) {
        this.recording = recording;
        this.lifecycle = lifecycle;
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    FindingPayload recordFinding(@Argument RecordFindingInput input, Authentication auth) {
        return payload(() -> recording.record(Callers.require(auth), Callers.tenant(auth), input));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    FindingPayload confirmFinding(@Argument ChangeFindingInput input, Authentication auth) {
        return payload(
                () -> lifecycle.confirm(Callers.require(auth), Callers.tenant(auth), input.id(), input.reason()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('agency-user')")
    FindingPayload disputeFinding(@Argument ChangeFindingInput input, Authentication auth) {
        return payload(
                () -> lifecycle.dispute(Callers.require(auth), Callers.tenant(auth), input.id(), input.reason()));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    FindingPayload withdrawFinding(@Argument ChangeFindingInput input, Authentication auth) {
        return payload(
                () -> lifecycle.withdraw(Callers.require(auth), Callers.tenant(auth), input.id(), input.reason()));
    }

    /**
     * Runs a change and answers bad input in the payload. An id the caller may not see is answered
     * as a payload error too, the same for an id of another tenant as for one that does not exist.
     */
    static FindingPayload payload(Supplier<Finding> change) {
        return payload("input.id", change);
    }

    static FindingPayload payload(String idField, Supplier<Finding> change) {
        try {
            return new FindingPayload(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return new FindingPayload(null, invalid.errors());
        } catch (NotFoundException notFound) {
            return new FindingPayload(null, List.of(UserError.of(idField, "NOT_FOUND", notFound.getMessage())));
        } catch (DuplicateSubmissionException duplicate) {
            return new FindingPayload(
                    null,
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }
}
