-- What a rating leads to (issue 17, point 4).
--
-- 复核: after a publication the bureau sets the last day on which an agency on it may ask for a review; the
-- bureau decides each request: the publication stands (upheld, with the reason) or a correction publication
-- is queued that names what it supersedes (corrected: correction_publication_id). A request after the period
-- is refused.
CREATE TABLE review_period (
    tenant_id       VARCHAR(32)  NOT NULL,
    publication_id  BIGINT       NOT NULL,
    ends_on         DATE         NOT NULL COMMENT 'the last day (China time) a request is accepted',
    set_by          VARCHAR(100) NOT NULL,
    set_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, publication_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_request (
    tenant_id                  VARCHAR(32)  NOT NULL,
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    publication_id             BIGINT       NOT NULL,
    agency_id                  BIGINT       NOT NULL,
    reason                     TEXT         NOT NULL,
    status                     VARCHAR(16)  NOT NULL DEFAULT 'open' COMMENT 'open, upheld, corrected',
    decision_reason            TEXT         NULL,
    correction_publication_id  BIGINT       NULL,
    filed_by                   VARCHAR(100) NOT NULL,
    filed_at                   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decided_by                 VARCHAR(100) NULL,
    decided_at                 TIMESTAMP(3) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_review_request_id (id),
    KEY ix_review_request_publication (tenant_id, publication_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 苏州 7.6.4 (约谈、通报批评 after a star → 降低或取消) and 佛山 四（二） (违法违规 → 取消标杆称号): a sanction
-- recorded on or after the publication date of an agency's standing is a proposal (derived, never stored);
-- a person confirms it (a downgrade publication is queued: downgrade_publication_id) or dismisses it with a
-- reason. One decision per sanction and publication.
CREATE TABLE downgrade_decision (
    tenant_id                 VARCHAR(32)  NOT NULL,
    sanction_id               BIGINT       NOT NULL,
    publication_id            BIGINT       NOT NULL,
    agency_id                 BIGINT       NOT NULL,
    decision                  VARCHAR(16)  NOT NULL COMMENT 'confirmed, dismissed',
    reason                    VARCHAR(500) NOT NULL,
    downgrade_publication_id  BIGINT       NULL,
    decided_by                VARCHAR(100) NOT NULL,
    decided_at                TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, sanction_id, publication_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public data carries the 统一社会信用代码 that links an agency to 信用中国: written by the publication job
-- with each entry (NULL for entries published before this column existed; readers fall back to the agency).
ALTER TABLE publication_entry ADD COLUMN credit_code CHAR(18) NULL AFTER agency_name;
