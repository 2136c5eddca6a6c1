package dev.saferank.platform.finding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A finding about to be written, after every check passed; it starts as a draft. */
record NewFinding(
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
        Long inspectionId,
        String recordedBy) {}
