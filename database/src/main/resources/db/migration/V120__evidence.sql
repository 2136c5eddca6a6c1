-- Evidence (issue 15 point 3): files and photos attached to findings, rectifications, checklist answers,
-- objections and complaints. The metadata row is read by every list; the bytes live in a table of their
-- own, written and read as streams (never a whole row of bytes in a list's statement), behind the
-- platform's EvidenceStore so that an object store can take them later (`storage` names where they are).

CREATE TABLE evidence_file (
    tenant_id     VARCHAR(32)  NOT NULL,
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    owner_type    VARCHAR(24)  NOT NULL COMMENT 'finding, rectification, inspectionAnswer, objection, complaint',
    owner_id      BIGINT       NOT NULL,
    owner_part    VARCHAR(32)  NULL COMMENT 'the question number of a checklist answer',
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL COMMENT 'detected from the content (Apache Tika), not from the name',
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage       VARCHAR(16)  NOT NULL DEFAULT 'database',
    status        VARCHAR(16)  NOT NULL DEFAULT 'active' COMMENT 'active, withdrawn',
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_evidence_file_id (id),
    KEY ix_evidence_owner (tenant_id, owner_type, owner_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_content (
    tenant_id  VARCHAR(32) NOT NULL,
    file_id    BIGINT      NOT NULL,
    content    LONGBLOB    NOT NULL,
    PRIMARY KEY (tenant_id, file_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
