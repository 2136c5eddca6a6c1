-- Demo agencies of the local run (profile demo), loaded once into a database that has none of them:
-- 泉州 and 佛山, each with staff and certificates, engagements, findings, sanctions, honours and
-- (佛山) measurements, so that previews, lists and searches show something real. Credit codes are
-- valid (check character included); the seed tenants, districts and schemes come first.

INSERT INTO agency (tenant_id, credit_code, name, category, qualifications, office_area, account_user, created_by) VALUES
 ('quanzhou', '91350500MA2YDEM017', '泉州安泰安全技术咨询有限公司', 'standardisation', '安全生产标准化咨询', 260.00, 'quanzhou-agency', 'demo'),
 ('quanzhou', '91350500MA2YDEM02A', '泉州鲤城众安安全服务有限公司', 'standardisation', '安全生产标准化咨询', 120.00, NULL, 'demo'),
 ('quanzhou', '91350500MA2YDEM03D', '晋江市宏泰安全评价有限公司', 'evaluation', '安全评价乙级', 430.00, NULL, 'demo'),
 ('foshan', '91440600MA4WDEM016', '佛山市禅安安全检测技术有限公司', 'testing', '安全生产检测检验', 520.00, 'foshan-agency', 'demo'),
 ('foshan', '91440600MA4WDEM029', '佛山南海安评技术服务有限公司', 'evaluation', '安全评价乙级', 300.00, NULL, 'demo'),
 ('foshan', '91440600MA4WDEM03C', '佛山顺德安培职业培训学校', 'training', '安全生产培训', 800.00, NULL, 'demo');

SET @q1 = (SELECT id FROM agency WHERE tenant_id = 'quanzhou' AND credit_code = '91350500MA2YDEM017');
SET @q2 = (SELECT id FROM agency WHERE tenant_id = 'quanzhou' AND credit_code = '91350500MA2YDEM02A');
SET @q3 = (SELECT id FROM agency WHERE tenant_id = 'quanzhou' AND credit_code = '91350500MA2YDEM03D');
SET @f1 = (SELECT id FROM agency WHERE tenant_id = 'foshan' AND credit_code = '91440600MA4WDEM016');
SET @f2 = (SELECT id FROM agency WHERE tenant_id = 'foshan' AND credit_code = '91440600MA4WDEM029');
SET @f3 = (SELECT id FROM agency WHERE tenant_id = 'foshan' AND credit_code = '91440600MA4WDEM03C');

INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES
 ('quanzhou', @q1, '350502'), ('quanzhou', @q1, '350503'), ('quanzhou', @q2, '350502'), ('quanzhou', @q3, '350582'),
 ('foshan', @f1, '440604'), ('foshan', @f2, '440605'), ('foshan', @f3, '440606');

-- Staff: the id hashes stand for demo people (no real ID numbers); one person works for two
-- agencies of 泉州 (挂靠), which the platform detects.
INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, title, created_by) VALUES
 ('quanzhou', @q1, '陈志明', SHA2('demo-person-1', 256), TRUE, '高级工程师', 'demo'),
 ('quanzhou', @q1, '林晓燕', SHA2('demo-person-2', 256), TRUE, '工程师', 'demo'),
 ('quanzhou', @q2, '黄建国', SHA2('demo-person-3', 256), TRUE, '工程师', 'demo'),
 ('quanzhou', @q3, '林晓燕', SHA2('demo-person-2', 256), FALSE, '工程师', 'demo'),
 ('quanzhou', @q3, '吴海峰', SHA2('demo-person-4', 256), TRUE, '注册安全工程师', 'demo'),
 ('foshan', @f1, '梁国华', SHA2('demo-person-5', 256), TRUE, '高级工程师', 'demo'),
 ('foshan', @f2, '何丽萍', SHA2('demo-person-6', 256), TRUE, '工程师', 'demo');

INSERT INTO staff_certificate (tenant_id, staff_id, type, number, valid_until)
SELECT tenant_id, id, 'registeredSafetyEngineer', CONCAT('ZA', id), '2027-12-31' FROM staff
 WHERE created_by = 'demo' AND name IN ('陈志明', '林晓燕', '吴海峰', '梁国华');
INSERT INTO staff_certificate (tenant_id, staff_id, type, number, valid_until)
SELECT tenant_id, id, 'safetyEvaluator', CONCAT('PJ', id), '2026-06-30' FROM staff
 WHERE created_by = 'demo' AND name IN ('吴海峰', '何丽萍');

INSERT INTO engagement (tenant_id, agency_id, enterprise_name, district_code, service_type, contract_date, amount, created_by) VALUES
 ('quanzhou', @q1, '泉州市鲤城区华达鞋业有限公司', '350502', 'standardisation', '2023-03-10', 38000.00, 'demo'),
 ('quanzhou', @q1, '泉州丰泽恒信纸品有限公司', '350503', 'standardisation', '2023-05-22', 26000.00, 'demo'),
 ('quanzhou', @q2, '泉州鲤城永兴机械有限公司', '350502', 'standardisation', '2023-04-02', 18000.00, 'demo'),
 ('quanzhou', @q3, '晋江市金盛化工有限公司', '350582', 'evaluation', '2023-02-14', 120000.00, 'demo'),
 ('foshan', @f1, '佛山市禅城区宏达五金制品厂', '440604', 'testing', '2023-06-01', 15000.00, 'demo'),
 ('foshan', @f2, '佛山市南海区顺安燃气有限公司', '440605', 'evaluation', '2022-11-20', 86000.00, 'demo'),
 ('foshan', @f3, '佛山市顺德区美达家电有限公司', '440606', 'training', '2023-03-15', 9000.00, 'demo');

-- 泉州 2023 诚信考评表 findings (rule codes of the shipped scheme).
INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source, observed_on, status, recorded_by, confirmed_by) VALUES
 ('quanzhou', @q1, 2023, 'rule', '14.5a', 3, '现场抽查华达鞋业车间，3处地面标线设置不到位。', 'routineInspection', '2023-07-20', 'confirmed', 'quanzhou-inspector', 'quanzhou-admin'),
 ('quanzhou', @q1, 2023, 'rule', '10.1', 1, '二季度未开展全员安全培训教育活动，无培训记录。', 'routineInspection', '2023-07-20', 'confirmed', 'quanzhou-inspector', 'quanzhou-admin'),
 ('quanzhou', @q2, 2023, 'rule', '12.1', 2, '恒信纸品、永兴机械均未建立全员安全生产责任制考核标准清单。', 'specialCampaign', '2023-07-28', 'confirmed', 'quanzhou-inspector', 'quanzhou-admin'),
 ('quanzhou', @q2, 2023, 'rule', '14.1', 1, '永兴机械安全检查清单未细化到车间。', 'routineInspection', '2023-08-02', 'draft', 'quanzhou-inspector', NULL),
 ('quanzhou', @q3, 2023, 'rule', '13.1', 2, '金盛化工新员工三级教育记录缺失2处。', 'reportReview', '2023-08-05', 'confirmed', 'quanzhou-inspector', 'quanzhou-admin');

INSERT INTO rectification (tenant_id, finding_id, measure, deadline, responsible, status, updated_by)
SELECT tenant_id, id, '重新施划车间地面标线并拍照留存', '2023-08-31', '陈志明', 'open', 'quanzhou-inspector'
  FROM finding WHERE tenant_id = 'quanzhou' AND agency_id = @q1 AND rule_code = '14.5a';

INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by) VALUES
 ('quanzhou', @q2, 2023, 'interview', 'county', '2023-06-30', '泉州市鲤城区应急管理局', '服务项目现场辅导走过场，约谈机构负责人。', 'quanzhou-admin');
INSERT INTO honour (tenant_id, agency_id, year, level, cause, awarded_on, issuer, recorded_by) VALUES
 ('quanzhou', @q3, 2023, 'province', '2023年全省安全生产月活动先进单位', '2023-07-10', '福建省安全生产委员会办公室', 'quanzhou-admin');

-- 佛山 2023: report reviews (P, 百分制) and satisfaction surveys (10 questions, A/B/C).
INSERT INTO measurement (tenant_id, agency_id, year, name, value, subject, recorded_by) VALUES
 ('foshan', @f1, 2023, 'reportReview', 92, '检测报告 FS-2023-017', 'foshan-inspector'),
 ('foshan', @f1, 2023, 'reportReview', 88, '检测报告 FS-2023-031', 'foshan-inspector'),
 ('foshan', @f2, 2023, 'reportReview', 76, '安全现状评价报告 NH-2023-004', 'foshan-inspector'),
 ('foshan', @f3, 2023, 'reportReview', 85, '培训档案抽查', 'foshan-inspector');
INSERT INTO measurement (tenant_id, agency_id, year, name, value, response, subject, recorded_by) VALUES
 ('foshan', @f1, 2023, 'survey', 97, 'AAAAAAAAAB', '宏达五金制品厂', 'foshan-inspector'),
 ('foshan', @f2, 2023, 'survey', 88, 'AABABAABBA', '顺安燃气有限公司', 'foshan-inspector'),
 ('foshan', @f3, 2023, 'survey', 100, 'AAAAAAAAAA', '美达家电有限公司', 'foshan-inspector');
INSERT INTO honour (tenant_id, agency_id, year, level, cause, awarded_on, issuer, recorded_by) VALUES
 ('foshan', @f1, 2023, 'city', '2023年佛山市安全生产工作先进集体', '2023-09-15', '佛山市应急管理局', 'foshan-admin');
