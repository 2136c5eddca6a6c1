-- 临沂 技术人员抽考 (issue 17 point 4): "个人考试成绩将公开公示"; "对专业技术人员测试不合格的，不得从事相应技术服务活动".
--
-- A bureau admin publishes (公示) a year's exam results: from then on anyone reads every active exam result of the
-- year on the public site, the person's name masked (张*), with 合格/不合格 against the scheme's pass mark
-- (measurements.<name>.passMark). Results recorded or withdrawn later show as they are when read. Whether a person
-- failed does not wait for the publication: an active failing result bars them from signing their agency's reports
-- (uploadReport refuses it by field).
CREATE TABLE exam_publication (
    tenant_id     VARCHAR(32)  NOT NULL,
    year          SMALLINT     NOT NULL,
    published_by  VARCHAR(100) NOT NULL,
    published_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
