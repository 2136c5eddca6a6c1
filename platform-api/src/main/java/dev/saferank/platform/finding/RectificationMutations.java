package dev.saferank.platform.finding;

import dev.saferank.platform.finding.FindingMutations.FindingPayload;
import dev.saferank.platform.security.Callers;
import java.time.LocalDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Rectifications (整改): set by the bureau, answered by the agency, reviewed by the bureau. */
@Controller
class RectificationMutations {

    record SetRectificationInput(long findingId, String measure, LocalDate deadline, String responsible) {}

    record AnswerRectificationInput(long findingId, String answer) {}

    record ReviewRectificationInput(long findingId, boolean accept, String reason) {}

    private final Rectifications rectifications;

    RectificationMutations(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    FindingPayload setRectification(@Argument SetRectificationInput input, Authentication auth) {
        return FindingMutations.payload(
                "input.findingId",
                () -> rectifications.set(
                        Callers.require(auth),
                        Callers.tenant(auth),
                        input.findingId(),
                        input.measure(),
                        input.deadline(),
                        input.responsible()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('agency-user')")
    FindingPayload answerRectification(@Argument AnswerRectificationInput input, Authentication auth) {
        return FindingMutations.payload(
                "input.findingId",
                () -> rectifications.answer(
                        Callers.require(auth), Callers.tenant(auth), input.findingId(), input.answer()));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    FindingPayload reviewRectification(@Argument ReviewRectificationInput input, Authentication auth) {
        return FindingMutations.payload(
                "input.findingId",
                () -> rectifications.review(
                        Callers.require(auth),
                        Callers.tenant(auth),
                        input.findingId(),
                        input.accept(),
                        input.reason()));
    }
}
