-- 临沂 技术人员抽考 (issue 17 point 4): "对专业技术人员测试不合格的，不得从事相应技术服务活动". An exam result is recorded
-- against the agency's registered staff member (staff_id), not a typed name: the signing bar then follows the person's
-- ID hash from the record itself, and the 公示 shows the register's name (masked). subject keeps the name as it was
-- when recorded.
--
-- Backfill: exam results recorded before this column name a person; where exactly one staff member of that agency has
-- that name, the result is linked to them. A name shared by two staff members of the agency, or no one's, stays
-- unlinked (staff_id NULL) and is still matched by name within its agency, as before.
ALTER TABLE measurement
    ADD COLUMN staff_id BIGINT NULL COMMENT 'exam: the examined staff member (staff.id) of the agency' AFTER subject,
    ADD KEY ix_measurement_staff (tenant_id, staff_id);

UPDATE measurement m
    JOIN (SELECT tenant_id, agency_id, name, MIN(id) AS id FROM staff
          GROUP BY tenant_id, agency_id, name HAVING COUNT(*) = 1) s
      ON s.tenant_id = m.tenant_id AND s.agency_id = m.agency_id AND s.name = m.subject
SET m.staff_id = s.id
WHERE m.name = 'exam' AND m.staff_id IS NULL;
