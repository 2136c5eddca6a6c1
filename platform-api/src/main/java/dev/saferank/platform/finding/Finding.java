package dev.saferank.platform.finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding as stored. {@code kind} is {@code rule} (names a rule, veto or exclusion of the scheme
 * and counts toward the score once confirmed) or {@code checklist} (a checklist violation, no points).
 *
 * <p>A summary row ({@link FindingSummaryRows}) holds only what a list of findings shows; its other
 * fields are null (version 0). It is read only for a request that selects nothing else
 * ({@link FindingSummary}). No second constructor for it: MyBatis' name-based auto-mapping, used
 * by other statements, needs the record's only one.
 *
 * @param value the share (proportional) or amount, when the rule takes one
 * @param ofCount a proportional share given as {@code count} of {@code ofCount}
 * @param enterprise the engagement id, in per-enterprise sections
 */
record Finding(
        long id,
        long agencyId,
        int year,
        String kind,
        String ruleCode,
        int count,
        BigDecimal value,
        Integer ofCount,
        String enterprise,
        String evidence,
        String source,
        LocalDate observedOn,
        String status,
        Long inspectionId,
        String recordedBy,
        Instant recordedAt,
        String confirmedBy,
        int version) {

    static final String RULE = "rule";
    static final String CHECKLIST = "checklist";
}
