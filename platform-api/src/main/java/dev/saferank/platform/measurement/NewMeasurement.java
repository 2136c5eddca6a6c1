package dev.saferank.platform.measurement;

import java.math.BigDecimal;

/** A measurement checked against the year's scheme, ready to be written. */
record NewMeasurement(
        long agencyId,
        int year,
        String name,
        String groupName,
        BigDecimal value,
        String response,
        String criteria,
        String subject,
        Long staffId) {}
