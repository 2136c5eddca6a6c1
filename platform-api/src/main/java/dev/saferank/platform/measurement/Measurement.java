package dev.saferank.platform.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One recorded measurement of an agency for a year.
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param name the measurement the year's scheme declares (exam, satisfaction, survey, reportReview)
 * @param groupName the evaluator group, where the scheme declares groups
 * @param value the score: exam score, satisfaction score, review percentage, survey total
 * @param response the survey answers, one letter per question
 * @param criteria the per-criterion scores of a review form (临沂 附件4), as stored
 * @param subject who or what was measured: examined staff, respondent, reviewed report
 * @param staffId exam: the examined staff member (null for results recorded by name before V163 that matched no one)
 */
public record Measurement(
        String tenantId,
        long id,
        long agencyId,
        int year,
        String name,
        String groupName,
        BigDecimal value,
        String response,
        String criteria,
        String subject,
        String status,
        String recordedBy,
        Instant recordedAt,
        Long staffId) {

    /** The evaluator group (GraphQL {@code group}). */
    public String group() {
        return groupName;
    }

    /** The survey answers (GraphQL {@code answers}). */
    public String answers() {
        return response;
    }

    /** The review form's criteria with their scores, in the form's order; empty for other forms. */
    public List<ReviewForm.Score> reviewCriteria() {
        return ReviewForm.parse(criteria);
    }

    public boolean active() {
        return "active".equals(status);
    }
}
