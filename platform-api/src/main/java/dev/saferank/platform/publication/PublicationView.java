package dev.saferank.platform.publication;

import java.time.Instant;

/**
 * A publication as one caller sees it: the tenant's bureau staff ({@code staff}) also see requests not yet
 * published and entries that are not announced; everyone else sees published data only. The accessors are
 * the GraphQL fields.
 */
record PublicationView(Publication row, boolean staff) {

    public long id() {
        return row.id();
    }

    public String tenant() {
        return row.tenantId();
    }

    public int year() {
        return row.year();
    }

    public String kind() {
        return row.kind();
    }

    public String status() {
        return row.status();
    }

    public Integer seq() {
        return row.seq();
    }

    public long runId() {
        return row.runId();
    }

    public Long noticeId() {
        return row.noticeId();
    }

    public Long supersedesId() {
        return row.supersedesId();
    }

    public Long agencyId() {
        return row.agencyId();
    }

    public String reason() {
        return row.reason();
    }

    public String error() {
        return row.error();
    }

    public String bureauName() {
        return row.bureauName();
    }

    public Integer entriesCount() {
        return row.entriesCount();
    }

    public Instant requestedAt() {
        return row.requestedAt();
    }

    public Instant publishedAt() {
        return row.publishedAt();
    }

    public String checksum() {
        return row.checksum();
    }

    public String rowsSha256() {
        return row.rowsSha256();
    }

    public String prevPublicationId() {
        return row.prevPublicationId() == null ? null : row.prevPublicationId().toString();
    }

    public String prevHash() {
        return row.prevHash();
    }

    public String chainHash() {
        return row.chainHash();
    }
}
