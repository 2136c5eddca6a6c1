package dev.saferank.platform.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One service of an agency to an enterprise (生产经营单位). */
public record Engagement(
        long id,
        long agencyId,
        String enterpriseName,
        String enterpriseCreditCode,
        String districtCode,
        String serviceType,
        LocalDate contractDate,
        BigDecimal amount,
        String status,
        String createdBy,
        Instant createdAt) {}
