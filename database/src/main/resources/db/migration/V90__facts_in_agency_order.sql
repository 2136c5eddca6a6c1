-- The facts of an agency-year are read one way (module rating, dev.saferank.rating.facts): one query per
-- table, in agency order on the clustered key (tenant_id, agency_id, ...), merged in Java. Staff
-- certificates were clustered by staff: they now carry their staff member's agency (a staff row never
-- changes agency) and are clustered by it, so that they too stream in agency order.
ALTER TABLE staff_certificate ADD COLUMN agency_id BIGINT NULL AFTER tenant_id;

UPDATE staff_certificate c JOIN staff s ON s.tenant_id = c.tenant_id AND s.id = c.staff_id
SET c.agency_id = s.agency_id;

ALTER TABLE staff_certificate
    MODIFY agency_id BIGINT NOT NULL,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (tenant_id, agency_id, staff_id, id),
    ADD KEY ix_certificate_staff (tenant_id, staff_id, id);

-- 临沂 工作实绩 (seed 001: 随机抽取…到企业现场进行考评打分，取平均值): the served enterprises of the year an
-- inspector checked on site, recorded whether or not anything was found there. Every sampled
-- enterprise counts in the per-enterprise average; one with no finding scores the item's full marks.
CREATE TABLE sampled_enterprise (
    tenant_id      VARCHAR(32)  NOT NULL,
    agency_id      BIGINT       NOT NULL,
    year           SMALLINT     NOT NULL,
    engagement_id  BIGINT       NOT NULL,
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    checked_on     DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL DEFAULT 'active' COMMENT 'active, withdrawn',
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, agency_id, year, engagement_id),
    UNIQUE KEY uk_sampled_enterprise_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
