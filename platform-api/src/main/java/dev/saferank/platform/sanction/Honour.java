package dev.saferank.platform.sanction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An honour (表彰) of an agency.
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param level town, county, city, province, national
 * @param cause why it was awarded: honours for one cause earn one bonus (同一原因不重复加分)
 */
public record Honour(
        String tenantId,
        long id,
        long agencyId,
        int year,
        String level,
        String cause,
        LocalDate awardedOn,
        String issuer,
        String status,
        String recordedBy,
        Instant recordedAt) {

    public boolean active() {
        return "active".equals(status);
    }
}
