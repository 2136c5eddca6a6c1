-- A county bureau's own rating and publication (issue 17 point 1).
--
-- 泉州 泉应急〔2023〕64号 五(二): "县级应急管理部门……参照“泉州市安全生产标准化专业技术服务机构诚信考评表”（附件5），对专业
-- 技术服务机构进行一次全方位的综合评价，评出服务好的机构10-20家，服务差的机构10家，8月底前在本局官网……公布评价结果……
-- 各县（市、区）的评价结果请一并报送市应急局工作专班备案"; 苏州 7.2/7.3: the 县级市（区）应急管理部门 runs the 星级评定.
--
-- A county admin rates the active agencies working in its district (agency_district) under the city's scheme active
-- for the year: the same facts reader and engine as the preview, the what-if and the city's rating job, ranked within
-- the district, lists cut by the scheme's publication rules from the district's ranking. A rating is a draft until
-- the county publishes it, which files it (备案) with the city in the same step: status 'filed', never changed again.
-- A later filing of the same district and year supersedes the earlier one (supersedes_id).
CREATE TABLE county_rating (
    tenant_id       VARCHAR(32)  NOT NULL,
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    district_code   VARCHAR(32)  NOT NULL,
    year            SMALLINT     NOT NULL,
    scheme_version  VARCHAR(40)  NOT NULL COMMENT 'the city scheme version active for the year when rated',
    status          VARCHAR(16)  NOT NULL DEFAULT 'draft' COMMENT 'draft, filed',
    agencies        INT          NOT NULL COMMENT 'active agencies of the district rated',
    ranked          INT          NOT NULL COMMENT 'of them rated and ranked (not excluded, facts complete)',
    incomplete      INT          NOT NULL COMMENT 'of them with incomplete facts (filing is refused while any)',
    rated_by        VARCHAR(100) NOT NULL,
    rated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    filed_by        VARCHAR(100) NULL,
    filed_at        TIMESTAMP(3) NULL,
    supersedes_id   BIGINT       NULL COMMENT 'filed: the earlier filing of the district and year it replaces',
    checksum        CHAR(64)     NOT NULL COMMENT 'SHA-256 over the ordered entries (agency, total, grade, rank, lists)',
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_county_rating_id (id),
    KEY ix_county_rating_year (tenant_id, year, district_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One agency of the district in one county rating, written once with the rating.
CREATE TABLE county_rating_entry (
    tenant_id       VARCHAR(32)   NOT NULL,
    rating_id       BIGINT        NOT NULL,
    agency_id       BIGINT        NOT NULL,
    agency_name     VARCHAR(200)  NOT NULL,
    credit_code     CHAR(18)      NULL,
    category        VARCHAR(32)   NULL,
    exclusion_code  VARCHAR(64)   NULL COMMENT 'not rated (不参与考评和排名)',
    problems        TEXT          NULL COMMENT 'facts incomplete: what is missing, in Chinese',
    total           DECIMAL(9,4)  NULL,
    grade           VARCHAR(16)   NULL,
    veto_codes      VARCHAR(255)  NULL,
    overall_rank    INT           NULL COMMENT 'competition ranking within the district',
    lists           VARCHAR(255)  NOT NULL DEFAULT '' COMMENT 'comma separated list codes, scheme order',
    PRIMARY KEY (tenant_id, rating_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
