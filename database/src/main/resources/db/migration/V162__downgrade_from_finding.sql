-- 佛山 四（二）"评定年度内发现违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位" (issue 17 point 4).
--
-- 佛山 records a 不良信息 as a finding under rule 9.1 (the scheme's sanctionsAsFindings.badRecord), never as a
-- sanction, so a confirmed finding under such a rule proposes the revocation alongside sanctions. A decision on a
-- proposal is keyed by exactly one source: the sanction or the finding (ck_downgrade_decision_source), one decision
-- per source and publication. The bar a confirmed revocation records names its finding the same way.
ALTER TABLE downgrade_decision
    DROP PRIMARY KEY,
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT FIRST,
    ADD PRIMARY KEY (tenant_id, id),
    ADD UNIQUE KEY uk_downgrade_decision_id (id),
    MODIFY COLUMN sanction_id BIGINT NULL,
    ADD COLUMN finding_id BIGINT NULL AFTER sanction_id,
    ADD UNIQUE KEY uk_downgrade_decision_sanction (tenant_id, sanction_id, publication_id),
    ADD UNIQUE KEY uk_downgrade_decision_finding (tenant_id, finding_id, publication_id),
    ADD CONSTRAINT ck_downgrade_decision_source CHECK ((sanction_id IS NULL) <> (finding_id IS NULL));

ALTER TABLE rating_bar
    ADD COLUMN finding_id BIGINT NULL COMMENT 'the finding (佛山 9.1 不良信息) whose confirmed revocation made the bar'
        AFTER sanction_id;
