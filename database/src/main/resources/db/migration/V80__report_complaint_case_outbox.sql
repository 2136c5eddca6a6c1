-- Technical service reports, public complaints, enforcement cases (issue 6), and the outbox that
-- feeds the derived search index. Every entity row carries a version, raised by every change in
-- the transaction that enqueues it: the index writes documents with that version as an external
-- version, so replays and reordered deliveries are idempotent.

CREATE TABLE report (
    tenant_id    VARCHAR(32)  NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id    BIGINT       NOT NULL,
    enterprise   VARCHAR(200) NOT NULL COMMENT 'the served enterprise (委托单位)',
    type         VARCHAR(24)  NOT NULL COMMENT 'evaluation, testing, consulting, training, standardisation, other',
    report_no    VARCHAR(64)  NULL,
    title        VARCHAR(300) NOT NULL,
    issued_on    DATE         NOT NULL,
    body         MEDIUMTEXT   NOT NULL COMMENT 'the text as given, or extracted from the uploaded file',
    source       VARCHAR(8)   NOT NULL COMMENT 'text, pdf, docx',
    file_name    VARCHAR(200) NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'active' COMMENT 'active, withdrawn',
    version      INT          NOT NULL DEFAULT 1,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_report_id (id),
    KEY ix_report_agency (tenant_id, agency_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_signatory (
    tenant_id    VARCHAR(32)  NOT NULL,
    report_id    BIGINT       NOT NULL,
    position     SMALLINT     NOT NULL,
    staff_id     BIGINT       NULL COMMENT 'the agency staff member, when known',
    name         VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, report_id, position),
    KEY ix_signatory_staff (tenant_id, staff_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE complaint (
    tenant_id      VARCHAR(32)  NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tracking_code  CHAR(16)     NOT NULL COMMENT 'random, unguessable: how the public follows it',
    agency_name    VARCHAR(200) NOT NULL COMMENT 'the agency as the complainant names it',
    agency_id      BIGINT       NULL COMMENT 'linked at triage',
    subject        VARCHAR(200) NOT NULL,
    body           TEXT         NOT NULL,
    contact_name   VARCHAR(100) NULL COMMENT 'null when filed anonymously',
    contact_phone  VARCHAR(32)  NULL,
    client_key     CHAR(64)     NOT NULL COMMENT 'HMAC of the client address, for the rate limit only',
    status         VARCHAR(16)  NOT NULL DEFAULT 'received' COMMENT 'received, triaged, caseOpened, closed',
    close_reason   TEXT         NULL,
    triage_note    TEXT         NULL,
    version        INT          NOT NULL DEFAULT 1,
    filed_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_complaint_id (id),
    UNIQUE KEY uk_complaint_tracking (tracking_code),
    KEY ix_complaint_client (client_key, filed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE complaint_report (
    tenant_id    VARCHAR(32) NOT NULL,
    complaint_id BIGINT      NOT NULL,
    report_id    BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, complaint_id, report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enforcement_case (
    tenant_id     VARCHAR(32)  NOT NULL,
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT       NULL,
    agency_id     BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    status        VARCHAR(16)  NOT NULL DEFAULT 'open' COMMENT 'open, closed',
    outcome       VARCHAR(16)  NULL COMMENT 'confirmed, unfounded',
    outcome_note  TEXT         NULL,
    version       INT          NOT NULL DEFAULT 1,
    opened_by     VARCHAR(100) NOT NULL,
    opened_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    closed_at     TIMESTAMP(3) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_case_id (id),
    KEY ix_case_agency (tenant_id, agency_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_step (
    tenant_id    VARCHAR(32)  NOT NULL,
    case_id      BIGINT       NOT NULL,
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(24)  NOT NULL COMMENT 'investigation, inspection, interview, rectificationOrder, penalty, transfer',
    taken_on     DATE         NOT NULL,
    note         TEXT         NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, case_id, id),
    UNIQUE KEY uk_case_step_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a confirmed outcome found: the findings to be recorded as drafts. The finding feature has
-- no public service to record a draft from another package yet; an inspector records these.
CREATE TABLE case_finding_proposal (
    tenant_id    VARCHAR(32)  NOT NULL,
    case_id      BIGINT       NOT NULL,
    position     SMALLINT     NOT NULL,
    year         SMALLINT     NOT NULL,
    rule_code    VARCHAR(64)  NOT NULL,
    evidence     TEXT         NOT NULL,
    PRIMARY KEY (tenant_id, case_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The transactional outbox: one row per change of an indexed entity, written in the entity's
-- transaction; a relay delivers it with retries and backoff. A queue, not tenant data: the
-- entity's tenant is kept as entity_tenant.
CREATE TABLE search_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type     VARCHAR(32)  NOT NULL COMMENT 'report, complaint, case, ... (one per projection)',
    entity_tenant   VARCHAR(32)  NOT NULL,
    entity_id       BIGINT       NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at         TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_outbox_pending (sent_at, next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
