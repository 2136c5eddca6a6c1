package dev.saferank.platform.sanction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sanction event against an agency.
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param type interview, circular, badRecord, penaltyCase, multiAffiliation
 * @param level town, county, city, province, national
 */
public record Sanction(
        String tenantId,
        long id,
        long agencyId,
        int year,
        String type,
        String level,
        LocalDate decidedOn,
        String issuer,
        String reason,
        String status,
        String recordedBy,
        Instant recordedAt) {

    public boolean active() {
        return "active".equals(status);
    }
}
