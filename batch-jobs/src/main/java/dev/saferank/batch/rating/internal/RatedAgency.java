package dev.saferank.batch.rating.internal;

import java.math.BigDecimal;

/** One row of rating_result: total, grade and ranks absent when excluded or incomplete. */
record RatedAgency(
        long agencyId,
        String name,
        String category,
        String district,
        String exclusionCode,
        BigDecimal rawTotal,
        BigDecimal total,
        String grade,
        String vetoCodes,
        String groupKey,
        Integer overallRank,
        Integer groupRank,
        String trail) {}
