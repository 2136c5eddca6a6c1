package dev.saferank.rating.run;

import java.time.Instant;

/**
 * One rating of a tenant for a year (a row of {@code rating_run}, see V50__rating_run.sql).
 *
 * @param tenantId the tenant (never exposed: it keys batched fields)
 * @param status queued, running, completed, failed
 * @param jobExecutionId the Spring Batch execution that rates it, once started
 * @param itemsTotal agencies to rate; null until the job has counted them
 * @param checksum SHA-256 over the results once completed
 * @param requestedBy a username, {@code cli:<os user>} or {@code schedule}
 * @param error the Chinese message for the bureau when the run failed
 */
public record RatingRun(
        String tenantId,
        long id,
        int year,
        int runVersion,
        String schemeVersion,
        String status,
        Long jobExecutionId,
        Integer itemsTotal,
        int itemsDone,
        String checksum,
        String requestedBy,
        Instant requestedAt,
        String reason,
        Instant startedAt,
        Instant endedAt,
        String error) {

    public boolean completed() {
        return "completed".equals(status);
    }

    public boolean running() {
        return "running".equals(status);
    }
}
