package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * What the agency portal's browser tests read, written with JDBC as the owning features write it: a 苏州
 * agency linked to the demo account {@code suzhou-agency} (no other test links that account), with its
 * registration, districts, staff with certificates, engagements and satisfaction forms of {@link #YEAR}, three
 * findings (one with an open rectification, with their history), a completed run of the year on a notice
 * open today and a published publication of an earlier run. The year (a past one: facts are not recorded in
 * the future) is used by no other test, with 苏州's shipped scheme re-dated to it, so that the year's
 * population is this agency's own.
 *
 * <p>Its preview, worked out by hand from suzhou-2023.yaml: 基础管理 20 − 3.1 (2 × 0.5) − 4.3 (1) = 18 (the 9.2
 * finding is a draft and does not count; 260 m² and five qualified staff keep 1 and 2 whole); 服务质量 60;
 * item 18 keeps 10; item 19 = mean of the group means (9 + 8 + 10) / 3 = 9 → 97; 20.1 按业务量进行排名: the only
 * rated agency of the year (the other seeded one has no 评议) → 第1-2名加5分 → 102 → 五星.
 */
final class PortalE2eRows {

    static final String TENANT = "suzhou";
    static final String ACCOUNT = "suzhou-agency";
    static final int YEAR = 2018;

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final RatingRows ratings;

    PortalE2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
        this.ratings = new RatingRows(jdbc);
    }

    /** Seeds everything and returns it as the E2E_PORTAL_* variables of the Playwright run. */
    Map<String, String> seed() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        data.activeSeedSchemeFor(TENANT, "tenants/suzhou/suzhou-2023.yaml", YEAR);
        String name = "苏州恒安安全技术服务有限公司" + mark;
        long agency = data.agency(TENANT, name, "consulting");
        jdbc.update("UPDATE agency SET office_area = 260.00, qualifications = '安全生产技术服务（咨询）' WHERE id = ?", agency);
        jdbc.update("UPDATE agency SET account_user = NULL WHERE tenant_id = ? AND account_user = ?", TENANT, ACCOUNT);
        jdbc.update("UPDATE agency SET account_user = ? WHERE tenant_id = ? AND id = ?", ACCOUNT, TENANT, agency);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, '320508', '姑苏区')", TENANT);
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES (?, ?, '320508')",
                TENANT,
                agency);
        history("agency", agency, "registered", "suzhou-admin", "年度考评登记");

        String[] people = {"周文博", "钱雅琴", "孙立伟", "李国强", "吴海燕"};
        for (int i = 0; i < people.length; i++) {
            long staff = staff(agency, people[i] + mark, i);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number, valid_until)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    TENANT,
                    agency,
                    staff,
                    i == 0 ? "registeredSafetyEngineer" : "engineerTitle",
                    "SZ" + mark + "-" + i,
                    LocalDate.of(2027, 12, 31));
        }
        String[] enterprises = {"苏州精工机械有限公司", "昆山华达电子有限公司", "吴江盛泽纺织有限公司"};
        for (int i = 0; i < enterprises.length; i++) {
            jdbc.update(
                    "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, district_code, service_type,"
                            + " contract_date, amount, created_by) VALUES (?, ?, ?, '320508', 'consulting', ?, ?, 'test')",
                    TENANT,
                    agency,
                    enterprises[i] + mark,
                    LocalDate.of(YEAR, 3 + i, 1),
                    new BigDecimal("38000.00"));
        }
        satisfaction(agency, "county", 9);
        satisfaction(agency, "town", 8);
        satisfaction(agency, "enterprise", 10);

        String evidence = "内部管理制度不健全：考核培训、服务回访记录缺失（检查编号 " + mark + "）";
        long open = finding(agency, "3.1", 2, evidence, "confirmed", LocalDate.of(YEAR, 5, 10));
        jdbc.update(
                "INSERT INTO rectification (tenant_id, finding_id, measure, deadline, responsible, status, updated_by)"
                        + " VALUES (?, ?, '补齐考核培训和服务回访记录，建立月度自查制度', ?, '周文博', 'open', 'suzhou-inspector')",
                TENANT,
                open,
                LocalDate.of(YEAR, 8, 31));
        history("finding", open, "recorded", "suzhou-inspector", null);
        history("finding", open, "confirmed", "suzhou-admin", "复核属实");
        history("finding", open, "rectificationSet", "suzhou-inspector", null);
        long contract =
                finding(agency, "4.3", 1, "服务合同未上传至属地监管系统（检查编号 " + mark + "）", "confirmed", LocalDate.of(YEAR, 6, 2));
        history("finding", contract, "recorded", "suzhou-inspector", null);
        history("finding", contract, "confirmed", "suzhou-admin", null);
        long draft = finding(agency, "9.2", 1, "安全警示标志设置不规范（检查编号 " + mark + "）", "draft", LocalDate.of(YEAR, 6, 20));
        history("finding", draft, "recorded", "suzhou-inspector", null);

        // a completed run of the year on a notice open from yesterday for a week, and an earlier run published
        String other = "苏州安诚安全咨询有限公司" + mark;
        long otherAgency = data.agency(TENANT, other, "consulting");
        ratings.closeNotices(TENANT, YEAR);
        long run = ratings.completedRun(TENANT, YEAR, "机构端端到端测试");
        ratings.result(
                TENANT,
                run,
                agency,
                name,
                "102",
                "五星",
                1,
                null,
                null,
                RatingRows.trail("基础管理", "97", "3.1", "-1", "5"));
        ratings.result(
                TENANT,
                run,
                otherAgency,
                other,
                "81",
                "四星",
                2,
                null,
                null,
                RatingRows.trail("基础管理", "81", "4.1", "-1", "0"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        jdbc.update(
                "INSERT INTO rating_notice (tenant_id, year, run_id, starts_on, ends_on, working_days, opened_by)"
                        + " VALUES (?, ?, ?, ?, ?, 5, 'test')",
                TENANT,
                YEAR,
                run,
                today.minusDays(1),
                today.plusDays(6));
        long publishedRun = ratings.completedRun(TENANT, YEAR, "机构端端到端测试（已公布）");
        long publication = publication(publishedRun);
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, category, district,"
                        + " total, grade, published_grade, overall_rank, lists, public, note)"
                        + " VALUES (?, ?, ?, ?, 'consulting', '320508', 96.50, '五星', '五星', 1, 'fiveStar', TRUE, NULL)",
                TENANT,
                publication,
                agency,
                name);

        Map<String, String> env = new LinkedHashMap<>();
        env.put("E2E_PORTAL_USER", ACCOUNT);
        env.put("E2E_PORTAL_YEAR", Integer.toString(YEAR));
        env.put("E2E_PORTAL_AGENCY", name);
        env.put("E2E_PORTAL_STAFF", people[0] + mark);
        env.put("E2E_PORTAL_ENTERPRISE", enterprises[0] + mark);
        env.put("E2E_PORTAL_FINDING_ID", Long.toString(open));
        env.put("E2E_PORTAL_FINDING_EVIDENCE", evidence);
        return env;
    }

    private long staff(long agency, String name, int i) {
        var keys = new GeneratedKeyHolder();
        String hash = "%064x".formatted(System.nanoTime() * 31 + i);
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, title, created_by)"
                                    + " VALUES (?, ?, ?, ?, TRUE, ?, 'test')",
                            new String[] {"id"});
                    s.setString(1, TENANT);
                    s.setLong(2, agency);
                    s.setString(3, name);
                    s.setString(4, hash);
                    s.setString(5, i == 0 ? "高级工程师" : "工程师");
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    private void satisfaction(long agency, String group, int value) {
        jdbc.update(
                "INSERT INTO measurement (tenant_id, agency_id, year, name, group_name, value, subject, recorded_by)"
                        + " VALUES (?, ?, ?, 'satisfaction', ?, ?, '满意度测评', 'suzhou-inspector')",
                TENANT,
                agency,
                YEAR,
                group,
                value);
    }

    private long finding(long agency, String rule, int count, String evidence, String status, LocalDate observed) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO finding (tenant_id, agency_id, year, rule_code, count, evidence, source,"
                                    + " observed_on, status, recorded_by, confirmed_by)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, 'routineInspection', ?, ?, 'suzhou-inspector', ?)",
                            new String[] {"id"});
                    s.setString(1, TENANT);
                    s.setLong(2, agency);
                    s.setInt(3, YEAR);
                    s.setString(4, rule);
                    s.setInt(5, count);
                    s.setString(6, evidence);
                    s.setObject(7, observed);
                    s.setString(8, status);
                    s.setString(9, "confirmed".equals(status) ? "suzhou-admin" : null);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    private void history(String type, long id, String action, String actor, String reason) {
        jdbc.update(
                "INSERT INTO change_history (tenant_id, entity_type, entity_id, action, actor, reason, snapshot)"
                        + " VALUES (?, ?, ?, ?, ?, ?, '{}')",
                TENANT,
                type,
                Long.toString(id),
                action,
                actor,
                reason);
    }

    private long publication(long run) {
        int seq = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM publication WHERE tenant_id = ? AND year = ?",
                Integer.class,
                TENANT,
                YEAR);
        String lists = "[{\"code\":\"fiveStar\",\"title\":\"五星机构\",\"wording\":\"90≤得分 五星\",\"public\":true,"
                + "\"validMonths\":null}]";
        return E2eRows.publishedPublication(
                jdbc, TENANT, YEAR, run, seq, "苏州市应急管理局", lists, Instant.parse("2024-03-01T02:00:00Z"));
    }
}
