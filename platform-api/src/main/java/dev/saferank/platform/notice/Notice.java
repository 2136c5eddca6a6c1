package dev.saferank.platform.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice of one run's draft results (a row of {@code rating_notice}).
 *
 * @param tenantId the tenant (never exposed)
 * @param runId the run shown: it moves to the re-rating's run once that completes
 * @param endsOn the last day, inclusive
 * @param status open, published, withdrawn
 */
public record Notice(
        String tenantId,
        long id,
        int year,
        long runId,
        LocalDate startsOn,
        LocalDate endsOn,
        int workingDays,
        String status,
        String openedBy,
        Instant openedAt) {

    boolean open() {
        return "open".equals(status);
    }
}
