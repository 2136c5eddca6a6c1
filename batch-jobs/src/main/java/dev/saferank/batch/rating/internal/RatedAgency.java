package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.StoredTrail;
import java.math.BigDecimal;

/**
 * One row of rating_result before it is ranked: total and grade absent when excluded or incomplete. The trail
 * as stored ({@link StoredTrail#encode}: compressed) and the SHA-256 of the logical trail (the run checksum's
 * input, {@link StoredTrail#sha256}), both made by the processor from one UTF-8 encoding ({@link StoredTrail#write}), in the partition's own thread.
 */
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
        byte[] trail,
        byte[] trailSha256) {

    /** The row of an agency whose logical trail is this JSON text. */
    static RatedAgency of(
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
            String logicalTrail) {
        StoredTrail.Written written = StoredTrail.write(logicalTrail);
        return new RatedAgency(
                agencyId,
                name,
                category,
                district,
                exclusionCode,
                rawTotal,
                total,
                grade,
                vetoCodes,
                groupKey,
                written.stored(),
                written.sha256());
    }
}
