package dev.saferank.platform.finding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The input of {@code recordFinding}, as the caller sent it. */
record RecordFindingInput(
        Long agencyId,
        Integer year,
        String ruleCode,
        Integer count,
        BigDecimal value,
        Integer of,
        String enterprise,
        String evidence,
        String source,
        LocalDate observedOn,
        String idempotencyKey) {}
