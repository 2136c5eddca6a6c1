-- Inspected subjects other than agencies, and a campaign over two calendar years with its phases (issue 17 point 2).
--
-- 莆田 (莆应急〔2021〕118号): "围绕安全培训机构、生产经营单位等2类主体开展专项整治" and "决定于2021年12月至2022年10月开展
-- 安全生产培训“走过场”专项整治": a checklist's subject kind (Checklist.subjectKind) other than agency is answered
-- for a subject registered here, never for an agency; the campaign of scheme year 2021 runs into 2022.

-- The campaign's span (null: the year's window as before) and its phases.
ALTER TABLE campaign
    ADD COLUMN starts_on DATE NULL COMMENT 'first day of the campaign (专项整治), within its year' AFTER year,
    ADD COLUMN ends_on   DATE NULL COMMENT 'last day, at the latest 31 December of the next year' AFTER starts_on;

CREATE TABLE campaign_phase (
    tenant_id   VARCHAR(32)  NOT NULL,
    year        SMALLINT     NOT NULL,
    seq         SMALLINT     NOT NULL COMMENT 'order of the phase in the campaign, from 1',
    kind        VARCHAR(16)  NOT NULL COMMENT 'selfCheck, inspection, rectification, summary, rating, other',
    name        VARCHAR(100) NOT NULL COMMENT 'the document''s own name: 自查自改, 市县检查, ...',
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    report_due  DATE         NULL COMMENT 'the day the phase''s report is due (莆田 5/27, 9/25): its summary''s cut-off',
    PRIMARY KEY (tenant_id, year, seq),
    CONSTRAINT fk_phase_campaign FOREIGN KEY (tenant_id, year) REFERENCES campaign (tenant_id, year) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A subject inspected under a checklist whose subject kind is not agency (莆田 附件2: 生产经营单位).
CREATE TABLE inspected_subject (
    tenant_id      VARCHAR(32)  NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(32)  NOT NULL COMMENT 'a subject kind a checklist of the tenant''s schemes declares',
    name           VARCHAR(200) NOT NULL,
    credit_code    CHAR(18)     NOT NULL COMMENT '统一社会信用代码, check digit validated',
    district_code  VARCHAR(32)  NOT NULL COMMENT 'the district (区县) the subject lies in: its county bureau inspects it',
    industry       VARCHAR(100) NULL COMMENT '行业, e.g. 危险化学品 (高危行业)',
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_inspected_subject_id (id),
    UNIQUE KEY uk_inspected_subject_code (tenant_id, kind, credit_code),
    KEY ix_inspected_subject_district (tenant_id, district_code, kind, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A checklist answered for such a subject; every violation answer is a problem with its rectification.
CREATE TABLE subject_inspection (
    tenant_id      VARCHAR(32)  NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    subject_id     BIGINT       NOT NULL,
    year           SMALLINT     NOT NULL COMMENT 'the campaign''s (and scheme''s) year',
    checklist_id   VARCHAR(64)  NOT NULL,
    inspected_on   DATE         NOT NULL,
    source         VARCHAR(24)  NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_subject_inspection_id (id),
    KEY ix_subject_inspection_year (tenant_id, year, inspected_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subject_inspection_answer (
    tenant_id      VARCHAR(32)  NOT NULL,
    inspection_id  BIGINT       NOT NULL,
    question       VARCHAR(16)  NOT NULL,
    answer         VARCHAR(8)   NOT NULL COMMENT '是, 否',
    note           TEXT         NULL,
    problem        BOOLEAN      NOT NULL COMMENT 'the answer is the question''s violation',
    measure        VARCHAR(500) NULL COMMENT '整改措施',
    deadline       DATE         NULL COMMENT '整改时限',
    responsible    VARCHAR(100) NULL COMMENT '整改责任人',
    PRIMARY KEY (tenant_id, inspection_id, question)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
