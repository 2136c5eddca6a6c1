package dev.saferank.platform.measurement;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
import dev.saferank.platform.security.Callers;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Recording and withdrawing measurements: bureau admins and inspectors of the tenant. */
@Controller
class MeasurementController {

    record RecordExamResultInput(
            long agencyId, int year, String measurement, Long staffId, BigDecimal score, String idempotencyKey) {}

    record RecordSatisfactionResponseInput(
            long agencyId,
            int year,
            String measurement,
            String respondent,
            String group,
            BigDecimal score,
            String answers,
            ReviewForm review,
            String idempotencyKey) {}

    record RecordReportReviewInput(
            long agencyId, int year, String measurement, String report, BigDecimal percentage, String idempotencyKey) {}

    record WithdrawMeasurementInput(long id, String reason) {}

    record MeasurementPayload(Measurement measurement, List<UserError> errors) {}

    private final RecordingMeasurement recording;

    MeasurementController(RecordingMeasurement recording) {
        this.recording = recording;
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    MeasurementPayload recordExamResult(@Argument RecordExamResultInput input, Authentication auth) {
        var draft = new MeasurementDraft(
                MeasurementDraft.Form.EXAM,
                input.agencyId(),
                input.year(),
                input.measurement(),
                null,
                null,
                input.score(),
                null,
                null,
                input.staffId());
        return payload(
                () -> recording.record(Callers.require(auth), draft, input.idempotencyKey(), "recordExamResult"));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    MeasurementPayload recordSatisfactionResponse(
            @Argument RecordSatisfactionResponseInput input, Authentication auth) {
        var draft = new MeasurementDraft(
                MeasurementDraft.Form.SATISFACTION,
                input.agencyId(),
                input.year(),
                input.measurement(),
                input.respondent(),
                input.group(),
                input.score(),
                input.answers(),
                input.review(),
                null);
        int given =
                (input.score() == null ? 0 : 1) + (input.answers() == null ? 0 : 1) + (input.review() == null ? 0 : 1);
        if (given != 1) {
            return new MeasurementPayload(
                    null, List.of(UserError.of("input", "ONE_FORM", "请只填写一种结果：得分（score）、问卷答案（answers）或评议表（review）")));
        }
        return payload(() ->
                recording.record(Callers.require(auth), draft, input.idempotencyKey(), "recordSatisfactionResponse"));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    MeasurementPayload recordReportReview(@Argument RecordReportReviewInput input, Authentication auth) {
        var draft = new MeasurementDraft(
                MeasurementDraft.Form.REPORT_REVIEW,
                input.agencyId(),
                input.year(),
                input.measurement(),
                input.report(),
                null,
                input.percentage(),
                null,
                null,
                null);
        return payload(
                () -> recording.record(Callers.require(auth), draft, input.idempotencyKey(), "recordReportReview"));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    MeasurementPayload withdrawMeasurement(@Argument WithdrawMeasurementInput input, Authentication auth) {
        return payload(() -> recording.withdraw(Callers.require(auth), input.id(), input.reason()));
    }

    private static MeasurementPayload payload(Supplier<Measurement> change) {
        try {
            return new MeasurementPayload(change.get(), List.of());
        } catch (InvalidInputException invalid) {
            return new MeasurementPayload(null, invalid.errors());
        } catch (DuplicateSubmissionException duplicate) {
            return new MeasurementPayload(
                    null,
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }
}
