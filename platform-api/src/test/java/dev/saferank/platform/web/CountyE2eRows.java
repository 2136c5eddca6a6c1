package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the county and self-check browser tests read (issue 17 points 1 and 5): in 泉州, a year of their
 * own ({@link #YEAR}, the shipped scheme re-dated, the calendar's self-check phase 06-15 … 07-14 as in
 * 泉应急〔2023〕64号 四(一)), two agencies working in 丰泽区 (350503) and one in 惠安县 (350521). The one of 丰泽
 * answered its self-inspection on time (received 07-01); the other is linked to the demo account
 * {@code quanzhou-agency} (no other browser test uses it) and answers in the portal during the test, after
 * the deadline (so 逾期提交), with one problem whose rectification is due 08-01 (so overdue).
 *
 * <p>For the county's own rating (区县评定): both agencies of 丰泽 did business in the year (an engagement with an
 * enterprise of 丰泽); the one that answered on time has 3 registered safety engineers (第3项: 6 × max(0, 3 − 3) = 0
 * off: 100, 优秀), the other none (6 × 3 = 18 off: 82, 良好). No finding of theirs is scored (the portal's
 * self-inspection answers are checklist findings, never scored).
 */
final class CountyE2eRows {

    static final String TENANT = "quanzhou";
    static final String ACCOUNT = "quanzhou-agency";
    static final int YEAR = 2008;

    private final JdbcTemplate jdbc;
    private final TestData data;

    CountyE2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
    }

    Map<String, String> seed() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        data.activeSeedSchemeFor(TENANT, "tenants/quanzhou/quanzhou-2023.yaml", YEAR);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, '350503', '丰泽区')", TENANT);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, '350521', '惠安县')", TENANT);
        jdbc.update(
                "INSERT INTO campaign (tenant_id, year, self_check_start, self_check_end, updated_by)"
                        + " VALUES (?, ?, '2008-06-15', '2008-07-14', 'test') ON DUPLICATE KEY UPDATE"
                        + " self_check_start = VALUES(self_check_start), self_check_end = VALUES(self_check_end)",
                TENANT,
                YEAR);
        String onTime = "泉州丰泽安评技术服务有限公司" + mark;
        String answering = "泉州清源标准化咨询有限公司" + mark;
        String huian = "惠安崇武安全技术服务有限公司" + mark;
        long onTimeId = agency(onTime, "350503");
        long answeringId = agency(answering, "350503");
        long huianId = agency(huian, "350521");
        engineers(onTimeId, 3);
        business(onTimeId, "350503");
        business(answeringId, "350503");
        jdbc.update("UPDATE agency SET account_user = NULL WHERE tenant_id = ? AND account_user = ?", TENANT, ACCOUNT);
        jdbc.update("UPDATE agency SET account_user = ? WHERE id = ?", ACCOUNT, answeringId);
        // received 2008-07-01 10:00 in China (02:00 UTC): on time
        jdbc.update(
                "INSERT INTO inspection (tenant_id, agency_id, year, checklist_id, inspected_on, source, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, 'self-inspection', '2008-07-01', 'selfInspection', 'test',"
                        + " '2008-07-01 02:00:00')",
                TENANT,
                onTimeId,
                YEAR);
        return Map.of(
                "E2E_COUNTY_YEAR", String.valueOf(YEAR),
                "E2E_COUNTY_ON_TIME", onTime,
                "E2E_COUNTY_ANSWERING", answering,
                "E2E_COUNTY_HUIAN", huian,
                "E2E_COUNTY_HUIAN_ID", String.valueOf(huianId),
                "E2E_COUNTY_MARK", mark);
    }

    private void engineers(long agency, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by)"
                            + " VALUES (?, ?, ?, ?, TRUE, 'test')",
                    TENANT,
                    agency,
                    "注册安全工程师" + i,
                    "%064x".formatted(System.nanoTime() + i));
            long staff = jdbc.queryForObject(
                    "SELECT MAX(id) FROM staff WHERE tenant_id = ? AND agency_id = ?", Long.class, TENANT, agency);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                            + " VALUES (?, ?, ?, 'registeredSafetyEngineer', ?)",
                    TENANT,
                    agency,
                    staff,
                    "C" + staff);
        }
    }

    private void business(long agency, String district) {
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date,"
                        + " district_code, created_by) VALUES (?, ?, '丰泽服务企业', 'standardisation', '2008-03-01', ?, 'test')",
                TENANT,
                agency,
                district);
    }

    private long agency(String name, String district) {
        long id = data.agency(TENANT, name, "standardisation");
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES (?, ?, ?)",
                TENANT,
                id,
                district);
        return id;
    }
}
