-- 双随机一公开 (issue 17, point 3): verifiable random draws of inspected objects and of inspectors.
--
-- A draw is committed before it is made: the candidate list is frozen as one canonical text file
-- (list_file; its SHA-256 is list_sha256) and the SHA-256 of a 256-bit random seed (commitment) is
-- published with it. The seed itself is shown once to the bureau admin who commits and is NOT stored
-- until it is revealed: revealing checks SHA-256(seed) = commitment, stores the seed and the result,
-- and from then on anyone can recompute the draw from the public file and the seed
-- (tools/draw/verify_draw.py; the algorithm is in platform-api/README.md).
CREATE TABLE draw (
    tenant_id        VARCHAR(32)   NOT NULL,
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    year             SMALLINT      NOT NULL,
    kind             VARCHAR(16)   NOT NULL COMMENT 'agencies, enterprises, reports, staff, inspectors',
    title            VARCHAR(200)  NOT NULL,
    quota_mode       VARCHAR(16)   NOT NULL COMMENT 'total, perGroup, percent',
    quota_value      INT           NOT NULL,
    weighting        VARCHAR(16)   NOT NULL DEFAULT 'none' COMMENT 'none, complaints, lastGrade',
    source_draw_id   BIGINT        NULL COMMENT 'inspectors: the revealed draw whose drawn agencies they inspect',
    candidates_count INT           NOT NULL,
    list_file        MEDIUMTEXT    NOT NULL COMMENT 'the canonical candidate file, exactly the bytes hashed and published',
    list_sha256      CHAR(64)      NOT NULL,
    commitment       CHAR(64)      NOT NULL COMMENT 'SHA-256 of the seed bytes, lowercase hex',
    seed             CHAR(64)      NULL COMMENT 'the revealed seed, lowercase hex; NULL until revealed',
    result           MEDIUMTEXT    NULL COMMENT 'the drawn candidates, one line each: group,candidate,rank,key',
    status           VARCHAR(16)   NOT NULL DEFAULT 'committed' COMMENT 'committed, revealed, cancelled',
    cancel_reason    TEXT          NULL,
    committed_by     VARCHAR(100)  NOT NULL,
    committed_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    revealed_by      VARCHAR(100)  NULL,
    revealed_at      TIMESTAMP(3)  NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_draw_id (id),
    KEY ix_draw_year (tenant_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bureau's roster of inspectors (执法检查人员名录) the inspector draws pick from, and their declared
-- conflicts of interest with agencies (回避): a conflicted inspector is never a candidate for that agency.
CREATE TABLE inspector (
    tenant_id    VARCHAR(32)  NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    unit         VARCHAR(200) NOT NULL COMMENT '所在单位',
    status       VARCHAR(16)  NOT NULL DEFAULT 'active' COMMENT 'active, retired',
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_inspector_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspector_conflict (
    tenant_id     VARCHAR(32)  NOT NULL,
    inspector_id  BIGINT       NOT NULL,
    agency_id     BIGINT       NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    declared_by   VARCHAR(100) NOT NULL,
    declared_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, inspector_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Drawn served enterprises become the year's sampled enterprises as 'drawn' (no check date yet; the
-- rating reads only 'active' ones): recording the on-site check turns a drawn one active.
ALTER TABLE sampled_enterprise
    MODIFY checked_on DATE NULL,
    MODIFY status VARCHAR(16) NOT NULL DEFAULT 'active' COMMENT 'drawn, active, withdrawn',
    ADD COLUMN draw_id BIGINT NULL COMMENT 'the random draw that picked it' AFTER status;
