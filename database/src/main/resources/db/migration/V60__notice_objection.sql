-- Public notice (公示) of a completed rating run, and objections (异议) filed during it (issue 5).
--
-- A notice shows the draft results of one run (agency, total, grade, rank) to everyone from
-- starts_on to ends_on inclusive: ends_on is the last of working_days working days (weekends and
-- the campaign's holidays skipped). When an accepted objection re-rates the tenant, the notice
-- moves to the new run version (run_id changes, the change is kept in change_history). A notice
-- can be published once its period is over and no objection is open.
CREATE TABLE rating_notice (
    tenant_id     VARCHAR(32)  NOT NULL,
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    year          SMALLINT     NOT NULL,
    run_id        BIGINT       NOT NULL COMMENT 'the run whose results are shown',
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL COMMENT 'last day of the notice, inclusive',
    working_days  SMALLINT     NOT NULL,
    status        VARCHAR(16)  NOT NULL DEFAULT 'open' COMMENT 'open, published, withdrawn',
    opened_by     VARCHAR(100) NOT NULL,
    opened_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_rating_notice_id (id),
    KEY ix_rating_notice_year (tenant_id, year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An objection to one agency's draft result, by the agency itself (filed_by = its username) or by
-- a member of the public (filed_by NULL; name and contact optional). The tracking code lets an
-- anonymous filer follow the outcome. Decided once: accepted (facts corrected, re-rated in the run
-- rerun_id) or rejected with a reason.
CREATE TABLE objection (
    tenant_id      VARCHAR(32)  NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    notice_id      BIGINT       NOT NULL,
    agency_id      BIGINT       NOT NULL,
    tracking_code  CHAR(12)     NOT NULL COMMENT 'random, unguessable; the public follows an objection with it',
    filer_kind     VARCHAR(16)  NOT NULL COMMENT 'agency, public',
    filed_by       VARCHAR(100) NULL COMMENT 'username of an agency user; NULL for the public',
    filer_name     VARCHAR(100) NULL,
    contact        VARCHAR(100) NULL,
    reason         TEXT         NOT NULL,
    status         VARCHAR(16)  NOT NULL DEFAULT 'open' COMMENT 'open, accepted, rejected',
    decision       TEXT         NULL COMMENT 'the bureau''s reason, shown to both sides',
    decided_by     VARCHAR(100) NULL,
    decided_at     TIMESTAMP(3) NULL,
    rerun_id       BIGINT       NULL COMMENT 'the run that re-rated after acceptance',
    filed_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_objection_id (id),
    UNIQUE KEY uk_objection_tracking (tracking_code),
    KEY ix_objection_notice (tenant_id, notice_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
