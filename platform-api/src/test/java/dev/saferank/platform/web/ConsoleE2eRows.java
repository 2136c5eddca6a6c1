package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the console's browser tests start from (web/e2e/console-*.spec.ts), written with JDBC as the owning
 * features write it: a 泉州 agency to record findings against (2023, the shipped scheme), with a draft finding of
 * the inspector's for a bureau admin to confirm; a 泉州 year of its
 * own for the rating the spec starts (RATING_YEAR: the shipped scheme re-dated, one agency with complete facts
 * in registered records); and a year whose notice has already ended (PUBLISH_YEAR: a completed run with two
 * results), which the spec publishes. The years are used by no other test; names carry a run number.
 */
final class ConsoleE2eRows {

    static final String TENANT = "quanzhou";
    static final int FINDING_YEAR = 2023;
    static final int RATING_YEAR = 2036;
    static final int PUBLISH_YEAR = 2037;

    private final JdbcTemplate jdbc;
    private final Schemes schemes;
    private final TestData data;
    private final RatingRows ratings;

    ConsoleE2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.data = new TestData(jdbc, schemes);
        this.ratings = new RatingRows(jdbc);
    }

    /** The agency sheets the console's import page uploads, written where the spec reads them. */
    private Map<String, String> agencySheets(String mark) {
        String district = "35059" + mark;
        jdbc.update(
                "INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, ?, ?)", TENANT, district, "导入区" + mark);
        String code = TestData.uniqueCreditCode();
        String name = "泉州表格导入机构" + mark;
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("e2e-sheets");
            java.nio.file.Path bad = dir.resolve("机构导入（有误）.xlsx");
            java.nio.file.Path good = dir.resolve("机构导入.xlsx");
            java.nio.file.Files.write(
                    bad,
                    new dev.saferank.platform.spreadsheet.SheetFiles()
                            .row("机构", code, name, "卖保险的", "安全评价乙级", "160", "导入区" + mark)
                            .row("人员", code, "郑工程师", "350502198503120011", "是", null, null, null, null)
                            .bytes());
            java.nio.file.Files.write(
                    good,
                    new dev.saferank.platform.spreadsheet.SheetFiles()
                            .row("机构", code, name, "安全评价", "安全评价乙级", "160", "导入区" + mark)
                            .row("人员", code, "郑工程师", "350502198503120028", "是", "工程师", "注册安全工程师", "ZA" + mark, null)
                            .row(
                                    "服务项目",
                                    code,
                                    "泉州导入企业有限公司",
                                    null,
                                    "导入区" + mark,
                                    "安全评价",
                                    FINDING_YEAR + "-04-01",
                                    "20000")
                            .bytes());
            return Map.of(
                    "E2E_AGENCY_SHEET_BAD", bad.toString(),
                    "E2E_AGENCY_SHEET", good.toString(),
                    "E2E_AGENCY_SHEET_NAME", name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Map<String, String> seed() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        Map<String, String> env = new LinkedHashMap<>();

        // findings: an agency of 泉州 for 2023
        data.activeSeedScheme(TENANT, "tenants/quanzhou/quanzhou-2023.yaml", FINDING_YEAR);
        String findingAgency = "泉州控制台检查机构" + mark;
        long findingAgencyId = data.agency(TENANT, findingAgency, "evaluation");
        // a draft the inspector recorded, for a bureau admin to confirm (a second person)
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source, observed_on,"
                        + " status, recorded_by) VALUES (?, ?, ?, 'rule', '13.1', 1, '未制定年度培训计划', 'routineInspection',"
                        + " ?, 'draft', 'quanzhou-inspector')",
                TENANT,
                findingAgencyId,
                FINDING_YEAR,
                LocalDate.of(FINDING_YEAR, 5, 10));
        env.put("E2E_CONSOLE_FINDING_AGENCY", findingAgency);
        env.put("E2E_CONSOLE_FINDING_AGENCY_ID", Long.toString(findingAgencyId));
        env.put("E2E_CONSOLE_FINDING_YEAR", Integer.toString(FINDING_YEAR));

        // 佛山 2023 for the measurements page: its survey (10 questions, A/B/C) and report reviews
        data.activeSeedScheme("foshan", "tenants/foshan/foshan-2023.yaml", 2023);
        String surveyed = "佛山控制台测评机构" + mark;
        data.agency("foshan", surveyed, "evaluation");
        env.put("E2E_CONSOLE_FOSHAN_AGENCY", surveyed);

        // an agency sheet as a clerk fills it (泉州): first with two mistakes, then corrected
        env.putAll(agencySheets(mark));

        // the rating the spec starts: 2 registered safety engineers and business in the year (complete facts)
        redatedScheme(RATING_YEAR);
        ratings.finishActive(TENANT, RATING_YEAR);
        ratings.closeNotices(TENANT, RATING_YEAR);
        String rated = "泉州控制台评定机构" + mark;
        long ratedId = data.agency(TENANT, rated, "evaluation");
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by)"
                            + " VALUES (?, ?, ?, ?, TRUE, 'test')",
                    TENANT,
                    ratedId,
                    "注册安全工程师" + i,
                    "%064x".formatted(System.nanoTime() + i));
            long staff = jdbc.queryForObject(
                    "SELECT MAX(id) FROM staff WHERE tenant_id = ? AND agency_id = ?", Long.class, TENANT, ratedId);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                            + " VALUES (?, ?, ?, 'registeredSafetyEngineer', ?)",
                    TENANT,
                    ratedId,
                    staff,
                    "C" + staff);
        }
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES (?, ?, '服务企业', 'evaluation', ?, 'test')",
                TENANT,
                ratedId,
                LocalDate.of(RATING_YEAR, 3, 1));
        env.put("E2E_CONSOLE_RATING_YEAR", Integer.toString(RATING_YEAR));
        env.put("E2E_CONSOLE_RATED_AGENCY", rated);
        env.put("E2E_CONSOLE_RATED_AGENCY_ID", Long.toString(ratedId));

        // a notice that ended yesterday, ready to publish
        redatedScheme(PUBLISH_YEAR);
        ratings.closeNotices(TENANT, PUBLISH_YEAR);
        String first = "泉州控制台公布机构甲" + mark;
        String second = "泉州控制台公布机构乙" + mark;
        long firstId = data.agency(TENANT, first, "evaluation");
        long secondId = data.agency(TENANT, second, "evaluation");
        long run = ratings.completedRun(TENANT, PUBLISH_YEAR, "控制台端到端测试");
        ratings.result(
                TENANT, run, firstId, first, "92", "优秀", 1, null, null, RatingRows.trail("管理", "92", "9.1", "-1", "0"));
        ratings.result(
                TENANT,
                run,
                secondId,
                second,
                "78.5",
                "合格",
                2,
                null,
                null,
                RatingRows.trail("管理", "78.5", "9.1", "-1", "0"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        jdbc.update(
                "INSERT INTO rating_notice (tenant_id, year, run_id, starts_on, ends_on, working_days, opened_by)"
                        + " VALUES (?, ?, ?, ?, ?, 7, 'test')",
                TENANT,
                PUBLISH_YEAR,
                run,
                today.minusDays(10),
                today.minusDays(1));
        env.put("E2E_CONSOLE_PUBLISH_YEAR", Integer.toString(PUBLISH_YEAR));
        env.put("E2E_CONSOLE_PUBLISH_AGENCY", first);
        return env;
    }

    /** 泉州's shipped scheme as the version "<year>.1" for another year, uploaded and active (once per build). */
    private void redatedScheme(int year) {
        data.activeSeedSchemeFor(TENANT, "tenants/quanzhou/quanzhou-2023.yaml", year);
    }
}
