package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the exam browser test reads (issue 17 point 4, 临沂 技术人员抽考): in 临沂, a year of its own ({@link #YEAR}, the
 * shipped scheme re-dated: exam passMark 60), one agency with two recorded exam results, 58 (不合格) and 75 (合格),
 * not yet published (公示), both people on its register: the test publishes them in the console, reads them on the
 * public site and sees the failed person's record marked as barred from signing.
 */
final class ExamE2eRows {

    static final String TENANT = "linyi";
    static final int YEAR = 2009;

    private final JdbcTemplate jdbc;
    private final TestData data;

    ExamE2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
    }

    Map<String, String> seed() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        data.activeSeedSchemeFor(TENANT, "tenants/linyi/linyi-2022.yaml", YEAR);
        jdbc.update("DELETE FROM exam_publication WHERE tenant_id = ? AND year = ?", TENANT, YEAR);
        jdbc.update("UPDATE measurement SET status = 'withdrawn' WHERE tenant_id = ? AND year = ?", TENANT, YEAR);
        String agencyName = "临沂沂蒙安全评价有限公司" + mark;
        long agency = data.agency(TENANT, agencyName, "evaluation");
        staff(agency, "王五");
        staff(agency, "赵六");
        exam(agency, "王五", "58");
        exam(agency, "赵六", "75");
        return Map.of(
                "E2E_EXAM_YEAR",
                Integer.toString(YEAR),
                "E2E_EXAM_AGENCY",
                agencyName,
                "E2E_EXAM_AGENCY_ID",
                Long.toString(agency));
    }

    /** The examined person on the agency's register (an ID-number hash no one else has). */
    private void staff(long agency, String name) {
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'test')",
                TENANT,
                agency,
                name,
                "%064d".formatted(System.nanoTime()));
    }

    private void exam(long agency, String name, String score) {
        jdbc.update(
                "INSERT INTO measurement (tenant_id, agency_id, year, name, value, subject, recorded_by)"
                        + " VALUES (?, ?, ?, 'exam', ?, ?, 'test')",
                TENANT,
                agency,
                YEAR,
                new java.math.BigDecimal(score),
                name);
    }
}
