package dev.saferank.platform.publication;

import java.time.Instant;

/**
 * A publication row.
 *
 * @param tenantId the tenant
 * @param kind publish, correct, downgrade
 * @param status queued, running, published, refused, failed
 * @param lists JSON of the lists as published (set when published)
 */
record Publication(
        String tenantId,
        long id,
        int year,
        String kind,
        long runId,
        Long noticeId,
        Long supersedesId,
        Long agencyId,
        String reason,
        String status,
        Integer seq,
        String schemeVersion,
        String bureauName,
        String lists,
        Integer entriesCount,
        String requestedBy,
        Instant requestedAt,
        String publishedBy,
        Instant publishedAt,
        String checksum,
        String error) {

    boolean published() {
        return "published".equals(status);
    }
}
