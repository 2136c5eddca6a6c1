-- The tamper-evident audit trail (等保 2.0 安全审计, issue 16 point 3): one append-only, hash-chained
-- record per privileged action. Written only through the rating module's dev.saferank.rating.audit.AuditTrail.
--
-- One chain per tenant (tenant_id '' is the platform's own chain: onboarding, events of users without a
-- tenant). A bureau verifies and exports its own chain without reading anyone else's, and appends of
-- different cities never wait for each other.
--
-- hash = SHA-256 over the record's canonical form (see AuditHashing: every field length-prefixed, in
-- column order) ending with prev_hash, the hash of the tenant's previous record (64 zeros for seq 1).
-- A changed record no longer matches its hash; a deleted one leaves a gap in seq and a prev_hash that
-- names nothing; a truncated tail no longer reaches audit_chain_head.
--
-- Appends are serialized per tenant by a row lock on audit_chain_head (SELECT … FOR UPDATE), so that two
-- concurrent appends can never both link to the same predecessor (no fork). Nothing updates or deletes
-- audit_record: grant the application's account INSERT and SELECT only on it where the deployment allows.
CREATE TABLE audit_record (
    tenant_id       VARCHAR(32)   NOT NULL COMMENT 'the chain: a tenant, or empty for the platform',
    seq             BIGINT        NOT NULL COMMENT '1, 2, … per tenant, without gaps',
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     BIGINT        NOT NULL COMMENT 'epoch milliseconds (UTC): hashed exactly as stored',
    actor           VARCHAR(100)  NOT NULL COMMENT 'username, or system:<job> for the platform''s own jobs',
    client_address  VARCHAR(64)   NULL COMMENT 'the client''s IP address as the API or Keycloak saw it',
    action          VARCHAR(48)   NOT NULL COMMENT 'AuditAction name, e.g. SCHEME_ACTIVATED',
    target_type     VARCHAR(32)   NULL COMMENT 'what was acted on, e.g. scheme, ratingRun, user',
    target_id       VARCHAR(100)  NULL,
    details         TEXT          NULL COMMENT 'JSON object, keys sorted; never personal data',
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    PRIMARY KEY (tenant_id, seq),
    UNIQUE KEY uk_audit_record_id (id),
    KEY ix_audit_record_tenant_id (tenant_id, id),
    KEY ix_audit_record_tenant_time (tenant_id, occurred_at),
    KEY ix_audit_record_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of each tenant's chain: the row every append locks, and what a verification must reach.
CREATE TABLE audit_chain_head (
    tenant_id   VARCHAR(32)  NOT NULL,
    seq         BIGINT       NOT NULL,
    hash        CHAR(64)     NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keycloak's events pulled by platform-api's scheduled ingest (sign-in failures, user management in the
-- admin console): how far each kind was read, so that a restart neither repeats nor loses events.
CREATE TABLE audit_ingest_cursor (
    source        VARCHAR(32)  NOT NULL COMMENT 'keycloak-login, keycloak-admin',
    last_time     BIGINT       NOT NULL COMMENT 'epoch milliseconds of the last event recorded',
    last_ids      TEXT         NOT NULL COMMENT 'ids of the events recorded at last_time (same millisecond)',
    PRIMARY KEY (source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_ingest_cursor (source, last_time, last_ids) VALUES ('keycloak-login', 0, ''), ('keycloak-admin', 0, '');
