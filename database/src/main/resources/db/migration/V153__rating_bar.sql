-- What a rating leads to (issue 17 point 4): bars (禁入期) kept by the platform, not by memory.
--
-- 苏州 7.6.3: "机构采取虚假申报等不正当手段获得星级的，由评定部门取消已评定的星级并予以公告，该机构两年内不得申请参加星级评定";
-- 佛山 四（二）: "评定年度内发现违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位".
--
-- A bureau admin bars an agency from the ratings of some years under an exclusion of the city's scheme that a
-- finding decides (no condition of its own: 苏州 E1, 佛山 E3). The bar is carried out by one confirmed finding
-- naming that exclusion in each barred year (source ratingBar, evidence naming the bar), so the preview, the
-- what-if and the rating job, which read the same findings, all leave the agency out of those years' rating and
-- ranking with the seed's words. Withdrawing such a finding lifts the bar for its year, with the finding's history.
CREATE TABLE rating_bar (
    tenant_id       VARCHAR(32)  NOT NULL,
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id       BIGINT       NOT NULL,
    exclusion_code  VARCHAR(64)  NOT NULL COMMENT 'the scheme exclusion that keeps the agency out',
    first_year      SMALLINT     NOT NULL,
    last_year       SMALLINT     NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_rating_bar_id (id),
    KEY ix_rating_bar_agency (tenant_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
