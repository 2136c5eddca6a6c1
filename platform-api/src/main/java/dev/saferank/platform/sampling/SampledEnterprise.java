package dev.saferank.platform.sampling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One served enterprise checked on site for an agency and year.
 *
 * @param engagementId the agency's engagement (service to the enterprise) that was checked
 * @param status active, withdrawn
 */
record SampledEnterprise(
        long id,
        long agencyId,
        int year,
        long engagementId,
        String enterpriseName,
        LocalDate contractDate,
        LocalDate checkedOn,
        String status,
        String recordedBy,
        Instant recordedAt) {}
