package dev.saferank.batch.rating.internal;

import java.math.BigDecimal;

/** One row of rating_result before it is ranked: total and grade absent when excluded or incomplete. */
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
        String trail) {}
