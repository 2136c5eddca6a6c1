-- The facts of a rating year. Shared schema: tenant_id on every tenant-owned row and first in
-- every key and index; rows are never deleted, only withdrawn (status), and every change is kept
-- in change_history. Tables read agency by agency by the rating job are clustered by
-- (tenant_id, agency_id, id).

ALTER TABLE tenant
    ADD COLUMN organization_id VARCHAR(64) NULL,
    ADD COLUMN created_by VARCHAR(100) NOT NULL DEFAULT 'system';

CREATE TABLE district (
    tenant_id   VARCHAR(32)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, code),
    UNIQUE KEY uk_district_name (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The campaign calendar of one tenant and year.
CREATE TABLE campaign (
    tenant_id            VARCHAR(32) NOT NULL,
    year                 SMALLINT    NOT NULL,
    self_check_start     DATE NULL,
    self_check_end       DATE NULL,
    inspection_start     DATE NULL,
    inspection_end       DATE NULL,
    rating_date          DATE NULL,
    notice_working_days  SMALLINT    NOT NULL DEFAULT 7,
    publication_date     DATE NULL,
    holidays             TEXT NULL COMMENT 'ISO dates, comma separated, skipped when counting working days',
    updated_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scheme versions: the YAML as uploaded, validated by the engine before it is stored.
CREATE TABLE scheme_version (
    tenant_id     VARCHAR(32)  NOT NULL,
    version       VARCHAR(40)  NOT NULL,
    year          SMALLINT     NOT NULL,
    title         VARCHAR(200) NOT NULL,
    source        TEXT         NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which scheme version is active for a year.
CREATE TABLE scheme_activation (
    tenant_id     VARCHAR(32)  NOT NULL,
    year          SMALLINT     NOT NULL,
    version       VARCHAR(40)  NOT NULL,
    activated_by  VARCHAR(100) NOT NULL,
    activated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, year),
    CONSTRAINT fk_activation_version FOREIGN KEY (tenant_id, version) REFERENCES scheme_version (tenant_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency (
    tenant_id       VARCHAR(32)   NOT NULL,
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    credit_code     CHAR(18)      NOT NULL COMMENT '统一社会信用代码, check digit validated',
    name            VARCHAR(200)  NOT NULL,
    category        VARCHAR(32)   NOT NULL COMMENT 'evaluation, testing, training, standardisation, consulting',
    qualifications  TEXT          NULL,
    office_area     DECIMAL(12,2) NULL,
    account_user    VARCHAR(100)  NULL COMMENT 'Keycloak username of the agency account',
    status          VARCHAR(16)   NOT NULL DEFAULT 'active',
    version         INT           NOT NULL DEFAULT 0,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_agency_id (id),
    UNIQUE KEY uk_agency_credit_code (tenant_id, credit_code),
    KEY ix_agency_category (tenant_id, category, id),
    KEY ix_agency_account (tenant_id, account_user)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_district (
    tenant_id     VARCHAR(32) NOT NULL,
    agency_id     BIGINT      NOT NULL,
    district_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (tenant_id, agency_id, district_code),
    KEY ix_agency_district (tenant_id, district_code, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Agency data a scheme declares and the platform cannot derive from registered records.
CREATE TABLE agency_data (
    tenant_id   VARCHAR(32)   NOT NULL,
    agency_id   BIGINT        NOT NULL,
    year        SMALLINT      NOT NULL,
    field       VARCHAR(64)   NOT NULL,
    value       DECIMAL(14,4) NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, year, field)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff (
    tenant_id    VARCHAR(32)  NOT NULL,
    agency_id    BIGINT       NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    id_hash      CHAR(64)     NOT NULL COMMENT 'HMAC-SHA256 of the ID number: the same person across agencies',
    full_time    BOOLEAN      NOT NULL DEFAULT TRUE,
    title        VARCHAR(100) NULL COMMENT '职称',
    status       VARCHAR(16)  NOT NULL DEFAULT 'active',
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_staff_id (id),
    UNIQUE KEY uk_staff_person (tenant_id, agency_id, id_hash),
    KEY ix_staff_person (tenant_id, id_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_certificate (
    tenant_id    VARCHAR(32)  NOT NULL,
    staff_id     BIGINT       NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    type         VARCHAR(32)  NOT NULL COMMENT 'registeredSafetyEngineer, safetyEvaluator, registeredFireEngineer, engineerTitle, other',
    number       VARCHAR(64)  NOT NULL,
    valid_until  DATE         NULL,
    PRIMARY KEY (tenant_id, staff_id, id),
    UNIQUE KEY uk_certificate_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Services to enterprises: business volume, per-enterprise sampling.
CREATE TABLE engagement (
    tenant_id               VARCHAR(32)   NOT NULL,
    agency_id               BIGINT        NOT NULL,
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    enterprise_name         VARCHAR(200)  NOT NULL,
    enterprise_credit_code  CHAR(18)      NULL,
    district_code           VARCHAR(32)   NULL,
    service_type            VARCHAR(32)   NOT NULL,
    contract_date           DATE          NOT NULL,
    amount                  DECIMAL(14,2) NULL,
    status                  VARCHAR(16)   NOT NULL DEFAULT 'active',
    created_by              VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_engagement_id (id),
    KEY ix_engagement_date (tenant_id, contract_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A confirmed (or draft) fact against one rule of the tenant's scheme.
CREATE TABLE finding (
    tenant_id        VARCHAR(32)   NOT NULL,
    agency_id        BIGINT        NOT NULL,
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    year             SMALLINT      NOT NULL,
    rule_code        VARCHAR(32)   NOT NULL,
    count            INT           NOT NULL DEFAULT 1,
    value            DECIMAL(9,4)  NULL,
    enterprise       VARCHAR(64)   NULL COMMENT 'engagement id where the scheme averages per enterprise',
    evidence         TEXT          NOT NULL,
    source           VARCHAR(24)   NOT NULL COMMENT 'routineInspection, specialCampaign, reportReview, complaint, selfInspection',
    status           VARCHAR(16)   NOT NULL DEFAULT 'draft' COMMENT 'draft, confirmed, disputed, withdrawn',
    inspection_id    BIGINT        NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    confirmed_by     VARCHAR(100)  NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_finding_id (id),
    KEY ix_finding_year_status (tenant_id, year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rectification (
    tenant_id     VARCHAR(32)  NOT NULL,
    finding_id    BIGINT       NOT NULL,
    measure       TEXT         NOT NULL,
    deadline      DATE         NOT NULL,
    responsible   VARCHAR(100) NOT NULL,
    status        VARCHAR(16)  NOT NULL DEFAULT 'open' COMMENT 'open, submitted, accepted, rejected',
    answer        TEXT         NULL,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, finding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A checklist filled on site (or as self-inspection); its violation answers become findings.
CREATE TABLE inspection (
    tenant_id      VARCHAR(32)  NOT NULL,
    agency_id      BIGINT       NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    year           SMALLINT     NOT NULL,
    checklist_id   VARCHAR(64)  NOT NULL,
    inspected_on   DATE         NOT NULL,
    source         VARCHAR(24)  NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_inspection_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_answer (
    tenant_id      VARCHAR(32)  NOT NULL,
    inspection_id  BIGINT       NOT NULL,
    question       VARCHAR(16)  NOT NULL,
    answer         VARCHAR(8)   NOT NULL COMMENT '是, 否',
    note           TEXT         NULL,
    finding_id     BIGINT       NULL,
    PRIMARY KEY (tenant_id, inspection_id, question)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Measurements: exam scores, satisfaction responses, report review percentages.
CREATE TABLE measurement (
    tenant_id    VARCHAR(32)   NOT NULL,
    agency_id    BIGINT        NOT NULL,
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    year         SMALLINT      NOT NULL,
    name         VARCHAR(32)   NOT NULL COMMENT 'a measurement the scheme declares: exam, satisfaction, survey, reportReview',
    group_name   VARCHAR(32)   NULL COMMENT 'evaluator group where the scheme declares groups',
    value        DECIMAL(9,4)  NULL,
    response     VARCHAR(64)   NULL COMMENT 'survey answers, one letter per question',
    subject      VARCHAR(200)  NULL COMMENT 'who: examined staff, responding enterprise or office, reviewed report',
    status       VARCHAR(16)   NOT NULL DEFAULT 'active',
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_measurement_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sanction (
    tenant_id    VARCHAR(32)  NOT NULL,
    agency_id    BIGINT       NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    year         SMALLINT     NOT NULL,
    type         VARCHAR(24)  NOT NULL COMMENT 'interview, circular, badRecord, penaltyCase, multiAffiliation',
    level        VARCHAR(16)  NOT NULL COMMENT 'town, county, city, province, national',
    decided_on   DATE         NOT NULL,
    issuer       VARCHAR(200) NOT NULL,
    reason       TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'active',
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_sanction_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE honour (
    tenant_id    VARCHAR(32)  NOT NULL,
    agency_id    BIGINT       NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    year         SMALLINT     NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    cause        VARCHAR(200) NOT NULL,
    awarded_on   DATE         NOT NULL,
    issuer       VARCHAR(200) NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'active',
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, id),
    UNIQUE KEY uk_honour_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when and why: findings, rectifications, sanctions, honours, measurements,
-- schemes. Append-only.
CREATE TABLE change_history (
    tenant_id    VARCHAR(32)  NOT NULL,
    entity_type  VARCHAR(24)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    action       VARCHAR(24)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    reason       TEXT         NULL,
    snapshot     TEXT         NOT NULL COMMENT 'JSON of the entity after the change',
    PRIMARY KEY (tenant_id, entity_type, entity_id, id),
    UNIQUE KEY uk_history_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Duplicate submissions: a mutation repeated with the same key returns the first result.
CREATE TABLE idempotency_key (
    tenant_id    VARCHAR(32)  NOT NULL,
    idem_key     VARCHAR(64)  NOT NULL,
    operation    VARCHAR(64)  NOT NULL,
    result_id    VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
