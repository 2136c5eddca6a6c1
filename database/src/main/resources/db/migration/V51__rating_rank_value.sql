-- The population steps of a rating run (issue 5). First, when the scheme has rank-based bonus rules (苏州 20.1:
-- business-volume rank): the value each eligible agency is ranked by, written by the job's first
-- pass so that a restarted run ranks exactly the same values. Values are kept as the engine's exact
-- decimal text. Rows of a run are never changed after the pass; they may be dropped with the run.
CREATE TABLE rating_rank_value (
    tenant_id   VARCHAR(32)  NOT NULL,
    run_id      BIGINT       NOT NULL,
    rule_code   VARCHAR(120) NOT NULL,
    agency_id   BIGINT       NOT NULL,
    value       VARCHAR(64)  NOT NULL COMMENT 'exact decimal, as BigDecimal.toPlainString',
    PRIMARY KEY (tenant_id, run_id, rule_code, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agency-id ranges a run's partitions rate ("after:upTo;…", after exclusive, upTo inclusive), fixed
-- by the job's first step from the agencies existing then: every restart rates exactly the same ranges
-- (an agency registered during the run waits for the next run).
ALTER TABLE rating_run
    ADD COLUMN partition_ranges TEXT NULL COMMENT 'after:upTo;… fixed by the first step of the job' AFTER items_done;

-- A run's totals before its results are written: the job evaluates every agency once for its total
-- (no trail), ranks these small rows in SQL, then writes each result with its rank in one insert, so
-- the large result rows (the trail) are written once and never updated.
CREATE TABLE rating_total (
    tenant_id     VARCHAR(32)  NOT NULL,
    run_id        BIGINT       NOT NULL,
    agency_id     BIGINT       NOT NULL,
    total         DECIMAL(9,4) NULL COMMENT 'NULL when excluded or not evaluated: not ranked',
    group_key     VARCHAR(64)  NULL,
    overall_rank  INT          NULL,
    group_rank    INT          NULL,
    PRIMARY KEY (tenant_id, run_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
