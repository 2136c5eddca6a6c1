package dev.saferank.platform.rating;

import java.time.Instant;

/**
 * One rating of a tenant for a year (a row of {@code rating_run}).
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param status queued, running, completed, failed
 * @param itemsTotal agencies to rate; null until the job has counted them
 * @param error the Chinese message for the bureau when the run failed
 */
public record RatingRun(
        String tenantId,
        long id,
        int year,
        int runVersion,
        String schemeVersion,
        String status,
        Integer itemsTotal,
        int itemsDone,
        String requestedBy,
        Instant requestedAt,
        String reason,
        Instant startedAt,
        Instant endedAt,
        String error) {

    public boolean completed() {
        return "completed".equals(status);
    }
}
