package dev.saferank.platform.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** An engagement as recorded; {@code idempotencyKey} makes a repeated submission return the first. */
record EngagementInput(
        long agencyId,
        String enterpriseName,
        String enterpriseCreditCode,
        String districtCode,
        String serviceType,
        LocalDate contractDate,
        BigDecimal amount,
        String idempotencyKey) {

    String trimmedName() {
        return enterpriseName == null ? "" : enterpriseName.strip();
    }

    Optional<String> creditCode() {
        return Optional.ofNullable(enterpriseCreditCode).map(String::strip).filter(c -> !c.isEmpty());
    }

    Optional<String> district() {
        return Optional.ofNullable(districtCode).filter(c -> !c.isEmpty());
    }
}
