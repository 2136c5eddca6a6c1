package dev.saferank.platform.similarity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A suggested finding: the suspect report ({@code reportId}, the later issued) is nearly the same
 * as {@code similarReportId}.
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param kind copy (抄袭他人成果: another agency's report) or template (机械模板化服务: the same
 *     agency's report for another enterprise)
 * @param ruleCode the rule of the city's scheme to record, when there is one
 * @param ruleNote which rule, or that the city's scheme has none
 * @param status suggested, confirmed or dismissed
 */
record ReportSimilarity(
        String tenantId,
        long id,
        long reportId,
        long similarReportId,
        long agencyId,
        long similarAgencyId,
        BigDecimal similarity,
        String kind,
        String ruleCode,
        String ruleNote,
        String status,
        Long findingId,
        String decidedBy,
        Instant decidedAt,
        String reason,
        int version,
        Instant createdAt) {

    static final String SUGGESTED = "suggested";
}
