-- Rating runs (issue 5): one evaluation of every agency of a tenant for a year under one pinned
-- scheme version, and its results. A run is never rewritten once completed: a re-rating (after an
-- accepted objection) is a new run with the next run_version.
--
-- How a run starts, on any node: a row is inserted with status 'queued' and
-- active_key = '<tenant>:<year>'. The unique key on active_key is the cluster-wide guard: while a
-- run of a tenant and year is queued or running, a second insert fails (the caller reports
-- RATING_RUNNING). A worker claims a queued run (UPDATE … SET status = 'running' WHERE id = ? AND
-- status = 'queued'), runs the Spring Batch job with the parameters tenant, year and run (this id),
-- and on the end sets status 'completed' or 'failed' and active_key = NULL.
CREATE TABLE rating_run (
    tenant_id         VARCHAR(32)   NOT NULL,
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    year              SMALLINT      NOT NULL,
    run_version       INT           NOT NULL COMMENT '1, 2, … per tenant and year',
    scheme_version    VARCHAR(40)   NOT NULL COMMENT 'the scheme version pinned by this run',
    status            VARCHAR(16)   NOT NULL DEFAULT 'queued' COMMENT 'queued, running, completed, failed',
    active_key        VARCHAR(48)   NULL COMMENT '<tenant>:<year> while queued or running, else NULL',
    job_execution_id  BIGINT        NULL COMMENT 'the Spring Batch execution that ran it last',
    items_total       INT           NULL COMMENT 'agencies to rate',
    items_done        INT           NOT NULL DEFAULT 0,
    requested_by      VARCHAR(100)  NOT NULL COMMENT 'username, or cli:<os user>, or schedule',
    requested_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    reason            TEXT          NULL COMMENT 'why: first rating, re-rating after objection N, …',
    started_at        TIMESTAMP(3)  NULL,
    ended_at          TIMESTAMP(3)  NULL,
    error             TEXT          NULL COMMENT 'Chinese message for the bureau when failed',
    checksum          CHAR(64)      NULL COMMENT 'SHA-256 over the ordered results, set when completed',
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_rating_run_id (id),
    UNIQUE KEY uk_rating_run_version (tenant_id, year, run_version),
    UNIQUE KEY uk_rating_run_active (active_key),
    CONSTRAINT fk_rating_run_scheme FOREIGN KEY (tenant_id, scheme_version) REFERENCES scheme_version (tenant_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One agency's result in one run. Excluded agencies have a row too (exclusion set, no total).
-- trail: JSON of the engine's Evaluation as the preview shows it:
--   {"rawTotal": "…", "vetoes": [{"code","wording"}], "exclusion": {"code","wording"} | null,
--    "sections": [{"title","max","points","items": [ITEM]}], "bonus": PART | null, "penalties": PART | null}
--   PART = {"points","capped","items": [ITEM]};
--   ITEM = {"number","title","max","points","trail": [{"rule","wording","count","amount","capped","enterprise","note"}]}
--   decimals as strings, exactly as the engine gives them.
CREATE TABLE rating_result (
    tenant_id         VARCHAR(32)    NOT NULL,
    run_id            BIGINT         NOT NULL,
    agency_id         BIGINT         NOT NULL,
    agency_name       VARCHAR(200)   NOT NULL,
    category          VARCHAR(32)    NULL,
    district          VARCHAR(32)    NULL,
    exclusion_code    VARCHAR(64)    NULL COMMENT 'set when the agency is not rated (不参与考评和排名)',
    raw_total         DECIMAL(9,4)   NULL,
    total             DECIMAL(9,4)   NULL,
    grade             VARCHAR(16)    NULL,
    veto_codes        VARCHAR(255)   NULL COMMENT 'comma separated, scheme order; the first set the grade',
    overall_rank      INT            NULL COMMENT 'competition ranking (1, 1, 3) over eligible agencies',
    group_key         VARCHAR(64)    NULL COMMENT 'the ranking group (佛山: category) when the scheme groups',
    group_rank        INT            NULL,
    trail             MEDIUMTEXT     NOT NULL,
    PRIMARY KEY (tenant_id, run_id, agency_id),
    KEY ix_rating_result_rank (tenant_id, run_id, overall_rank)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
