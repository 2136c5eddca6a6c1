-- Findings (feature finding): what V3 leaves out.
-- kind: 'rule' findings name a rule (or veto / exclusion) of the scheme and feed the score;
--   'checklist' findings come from a checklist answer, carry no points and are never scored.
-- observed_on: the day the fact was observed; it must lie in the finding's year.
-- of_count: a proportional share given as counts, count of of_count (苏州 6: 1 of 3), exact.
-- rule_code widened: checklist findings use checklist:<checklist id>:<question number>.
ALTER TABLE finding
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'rule' COMMENT 'rule, checklist' AFTER year,
    ADD COLUMN observed_on DATE NULL AFTER source,
    ADD COLUMN of_count INT NULL AFTER value,
    MODIFY COLUMN rule_code VARCHAR(120) NOT NULL,
    ADD KEY ix_finding_agency_year (tenant_id, agency_id, year, status);

ALTER TABLE inspection_answer
    MODIFY COLUMN question VARCHAR(32) NOT NULL;
