package dev.saferank.platform.publication;

import java.time.Instant;

/**
 * A publication row.
 *
 * @param tenantId the tenant
 * @param kind publish, correct, downgrade
 * @param status queued, running, published, refused, failed
 * @param lists JSON of the lists as published (set when published)
 * @param rowsSha256 SHA-256 of the public CSV's bytes (set when published; null before V111)
 * @param prevPublicationId the tenant's previous hashed publication
 * @param prevHash its chain hash (64 zeros for the tenant's first)
 * @param chainHash SHA-256 linking this publication's rows to its predecessor (PublicationHash)
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
        String error,
        String rowsSha256,
        Long prevPublicationId,
        String prevHash,
        String chainHash) {

    boolean published() {
        return "published".equals(status);
    }
}
