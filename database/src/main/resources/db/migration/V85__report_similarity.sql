-- Copied and template reports (issue 6, point 5). Every uploaded report is compared, after its
-- transaction committed, with the other reports of its tenant (never across tenants); pairs above
-- the configured similarity become suggestions that an inspector confirms (a draft finding is
-- recorded) or dismisses (with a reason).
--
-- report_similarity_queue: one row per report to check, written in the upload's transaction
-- (restart-safe: a row stays pending until the check committed). A queue, not tenant data: the
-- report's tenant is kept as entity_tenant.
CREATE TABLE report_similarity_queue (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    entity_tenant   VARCHAR(32)  NOT NULL,
    report_id       BIGINT       NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    done_at         TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_similarity_queue_pending (done_at, next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the checks of all nodes hold it (SELECT … FOR UPDATE) while they compare and write, so
-- that two reports checked at the same instant on two nodes still see each other.
CREATE TABLE report_similarity_lock (
    name VARCHAR(32) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO report_similarity_lock (name) VALUES ('checks');

-- MinHash-LSH buckets of checked reports: 42 bands of 3 of the 126 minimum hashes of the report's
-- character 5-shingles (names masked), each band hashed into one bucket. Reports sharing a bucket
-- are candidates; the similarity itself is the exact Jaccard index of the two shingle sets.
CREATE TABLE report_fingerprint (
    tenant_id  VARCHAR(32) NOT NULL,
    report_id  BIGINT      NOT NULL,
    band       SMALLINT    NOT NULL,
    bucket     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, report_id, band),
    KEY ix_fingerprint_bucket (tenant_id, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A suggested finding: report_id is the suspect (the later issued of the two), similar_report_id
-- the earlier one. kind copy = 抄袭他人成果 (another agency's report), template = 机械模板化服务 (the
-- same agency's report for another enterprise). rule_code: the rule of the scheme active for the
-- suspect's year whose wording names it, or the one configured for the tenant; null when the city's
-- scheme has none (rule_note says so).
CREATE TABLE report_similarity (
    tenant_id         VARCHAR(32)   NOT NULL,
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    report_id         BIGINT        NOT NULL,
    similar_report_id BIGINT        NOT NULL,
    agency_id         BIGINT        NOT NULL COMMENT 'the agency of report_id: the one a finding is about',
    similar_agency_id BIGINT        NOT NULL,
    similarity        DECIMAL(5, 4) NOT NULL COMMENT 'Jaccard index of the masked 5-shingle sets',
    kind              VARCHAR(16)   NOT NULL COMMENT 'copy, template',
    rule_code         VARCHAR(64)   NULL,
    rule_note         VARCHAR(500)  NOT NULL,
    status            VARCHAR(16)   NOT NULL DEFAULT 'suggested' COMMENT 'suggested, confirmed, dismissed',
    finding_id        BIGINT        NULL COMMENT 'confirmed: the draft finding recorded',
    decided_by        VARCHAR(100)  NULL,
    decided_at        TIMESTAMP(3)  NULL,
    reason            TEXT          NULL,
    version           INT           NOT NULL DEFAULT 1,
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_report_similarity_id (id),
    UNIQUE KEY uk_report_similarity_pair (tenant_id, report_id, similar_report_id),
    KEY ix_report_similarity_status (tenant_id, status, id),
    KEY ix_report_similarity_agency (tenant_id, agency_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
