-- Publications (公布) of final rating results (issue 5, point 5). A publication is requested by a
-- bureau admin and written by the publication job (batch-jobs, dev.saferank.batch.publication):
--
--   publish    the run of a notice whose period is over and has no open objection (notice_id set);
--   correct    a later run of the same year, published anew (supersedes_id set, reason given);
--   downgrade  the entries of a publication copied with one agency's standing lowered
--              (苏州 star one band down, 佛山 标杆机构 revoked; supersedes_id, agency_id, reason).
--
-- How it runs, on any node: the API inserts the row with status 'queued' and
-- active_key = '<tenant>:<year>' (the unique key is the cluster-wide guard: one publication job of a
-- tenant and year at a time, so sequence numbers and the supersedes chain cannot race). A worker of
-- batch-jobs claims it (UPDATE … SET status = 'running' WHERE id = ? AND status = 'queued') and runs
-- the job with the parameters tenant, year and publication (this id). The job ends the row as
-- 'published' (seq, published_at, checksum set), 'refused' (error: the Chinese reason, e.g. the
-- notice period is not over) or 'failed'; active_key is then NULL.
--
-- Once published, a publication and its entries never change: a later correction or downgrade is a
-- new publication whose supersedes_id names it. Whether a publication is superseded is read from its
-- successor, never written into it.
CREATE TABLE publication (
    tenant_id         VARCHAR(32)   NOT NULL,
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    year              SMALLINT      NOT NULL,
    kind              VARCHAR(16)   NOT NULL COMMENT 'publish, correct, downgrade',
    run_id            BIGINT        NOT NULL COMMENT 'the rating run whose results are published',
    notice_id         BIGINT        NULL COMMENT 'publish: the notice frozen by it',
    supersedes_id     BIGINT        NULL COMMENT 'correct, downgrade: the publication it replaces',
    agency_id         BIGINT        NULL COMMENT 'downgrade: the agency whose standing is lowered',
    reason            TEXT          NULL COMMENT 'correct, downgrade: why, shown in the announcement',
    status            VARCHAR(16)   NOT NULL DEFAULT 'queued' COMMENT 'queued, running, published, refused, failed',
    active_key        VARCHAR(48)   NULL COMMENT '<tenant>:<year> while queued or running, else NULL',
    seq               INT           NULL COMMENT '1, 2, … per tenant and year, set when published',
    scheme_version    VARCHAR(40)   NULL COMMENT 'the run''s scheme version, whose publication rules were applied',
    bureau_name       VARCHAR(100)  NULL COMMENT 'the tenant''s name when published (the announcement''s signature)',
    lists             TEXT          NULL COMMENT 'JSON: the lists as published [{code,title,wording,public,validMonths}]',
    entries_count     INT           NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    requested_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_by      VARCHAR(100)  NULL,
    published_at      TIMESTAMP(3)  NULL,
    checksum          CHAR(64)      NULL COMMENT 'SHA-256 over the ordered entries, set when published',
    error             TEXT          NULL COMMENT 'refused or failed: the Chinese reason for the bureau',
    job_execution_id  BIGINT        NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_publication_id (id),
    UNIQUE KEY uk_publication_seq (tenant_id, year, seq),
    UNIQUE KEY uk_publication_active (active_key),
    KEY ix_publication_year (tenant_id, year, status),
    KEY ix_publication_supersedes (tenant_id, supersedes_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One agency in one publication: written once by the job, never updated or deleted. Agencies on no
-- public list of a scheme that publishes only listed agencies are kept with public = 0 (the bureau
-- sees them, e.g. 临沂 约谈整改 below 70; anonymous readers, the CSV and the announcement never do).
CREATE TABLE publication_entry (
    tenant_id         VARCHAR(32)    NOT NULL,
    publication_id    BIGINT         NOT NULL,
    agency_id         BIGINT         NOT NULL,
    agency_name       VARCHAR(200)   NOT NULL,
    category          VARCHAR(32)    NULL,
    district          VARCHAR(32)    NULL,
    total             DECIMAL(9,4)   NOT NULL,
    grade             VARCHAR(16)    NOT NULL COMMENT 'the grade as rated',
    published_grade   VARCHAR(16)    NOT NULL COMMENT 'the grade (苏州: the star) as published; lower after a downgrade',
    overall_rank      INT            NOT NULL,
    group_key         VARCHAR(64)    NULL,
    group_rank        INT            NULL,
    lists             VARCHAR(255)   NOT NULL DEFAULT '' COMMENT 'comma separated list codes, scheme order',
    public            BOOLEAN        NOT NULL,
    note              VARCHAR(500)   NULL COMMENT 'what changed against the superseded publication (Chinese)',
    PRIMARY KEY (tenant_id, publication_id, agency_id),
    KEY ix_publication_entry_rank (tenant_id, publication_id, overall_rank)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
