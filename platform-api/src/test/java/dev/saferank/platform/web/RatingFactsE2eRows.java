package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What web/e2e/rating-facts.spec.ts starts from (issue 14's pages): a 临沂 agency of a year of its own whose
 * facts are complete but for the enterprises checked on site, rated by the real job (the worker runs in
 * WebE2EIT's context), so that the run page shows why it has no total and the sampling page records one; and
 * two 泉州 agencies sharing a person (the same hashed ID number, 挂靠) in a year whose scheme deducts for it.
 */
final class RatingFactsE2eRows {

    // past years no other test uses: facts (checks, sanctions) are never dated in the future
    static final int SAMPLING_YEAR = 2016;
    static final int MULTI_YEAR = 2017;

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final RatingRows ratings;
    private final RatingRuns runs;

    RatingFactsE2eRows(JdbcTemplate jdbc, Schemes schemes, RatingRuns runs) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
        this.ratings = new RatingRows(jdbc);
        this.runs = runs;
    }

    Map<String, String> seed() throws InterruptedException {
        String mark = Long.toString(System.nanoTime() % 100_000);
        Map<String, String> env = new LinkedHashMap<>();

        // 临沂: complete facts (office, staff, entered data, exams, 评议) but no enterprise sampled yet
        data.activeSeedSchemeFor("linyi", "tenants/linyi/linyi-2022.yaml", SAMPLING_YEAR);
        ratings.finishActive("linyi", SAMPLING_YEAR);
        String name = "临沂抽查机构" + mark;
        long agency = data.agency("linyi", name, "evaluation");
        jdbc.update("UPDATE agency SET office_area = 250 WHERE tenant_id = 'linyi' AND id = ?", agency);
        for (int i = 0; i < 10; i++) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by)"
                            + " VALUES ('linyi', ?, ?, ?, TRUE, 'test')",
                    agency,
                    "技术人员" + i,
                    "%064x".formatted(System.nanoTime() + i));
            if (i < 8) {
                jdbc.update(
                        "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                                + " SELECT tenant_id, agency_id, id, 'registeredSafetyEngineer', CONCAT('C', id)"
                                + " FROM staff WHERE tenant_id = 'linyi' AND agency_id = ? ORDER BY id DESC LIMIT 1",
                        agency);
            }
        }
        for (String[] field : new String[][] {{"otherIntermediateTitles", "5"}, {"technicalStaff", "4"}}) {
            jdbc.update(
                    "INSERT INTO agency_data (tenant_id, agency_id, year, field, value, updated_by)"
                            + " VALUES ('linyi', ?, ?, ?, ?, 'test')",
                    agency,
                    SAMPLING_YEAR,
                    field[0],
                    field[1]);
        }
        for (String[] m : new String[][] {{"exam", "80"}, {"exam", "90"}, {"satisfaction", "9"}}) {
            jdbc.update(
                    "INSERT INTO measurement (tenant_id, agency_id, year, name, value, subject, recorded_by)"
                            + " VALUES ('linyi', ?, ?, ?, ?, '测评', 'linyi-inspector')",
                    agency,
                    SAMPLING_YEAR,
                    m[0],
                    m[1]);
        }
        String enterprise = "临沂被服务企业" + mark;
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES ('linyi', ?, ?, 'evaluation', ?, 'test')",
                agency,
                enterprise,
                LocalDate.of(SAMPLING_YEAR, 4, 1));
        RatingRun run = runs.queue("linyi", SAMPLING_YEAR, "linyi-admin", "端到端测试：抽查企业尚未记录");
        awaitCompleted(run);
        env.put("E2E_SAMPLING_YEAR", Integer.toString(SAMPLING_YEAR));
        env.put("E2E_SAMPLING_AGENCY", name);
        env.put("E2E_SAMPLING_AGENCY_ID", Long.toString(agency));
        env.put("E2E_SAMPLING_ENTERPRISE", enterprise);
        env.put("E2E_SAMPLING_RUN_ID", Long.toString(run.id()));

        // 泉州 22.2: one person active in two agencies
        data.activeSeedSchemeFor("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", MULTI_YEAR);
        String person = "%064x".formatted(System.nanoTime());
        String first = "泉州挂靠机构甲" + mark;
        String second = "泉州挂靠机构乙" + mark;
        for (String agencyName : new String[] {first, second}) {
            long id = data.agency("quanzhou", agencyName, "evaluation");
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by)"
                            + " VALUES ('quanzhou', ?, '王挂靠', ?, TRUE, 'test')",
                    id,
                    person);
        }
        env.put("E2E_MULTI_YEAR", Integer.toString(MULTI_YEAR));
        env.put("E2E_MULTI_AGENCY", first);
        env.put("E2E_MULTI_OTHER_AGENCY", second);
        return env;
    }

    private void awaitCompleted(RatingRun queued) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            RatingRun now = runs.find(queued.tenantId(), queued.id()).orElseThrow();
            if (now.completed()) {
                return;
            }
            if ("failed".equals(now.status())) {
                throw new AssertionError("the seeded run failed: " + now.error());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the seeded run did not complete within 60 s");
    }
}
