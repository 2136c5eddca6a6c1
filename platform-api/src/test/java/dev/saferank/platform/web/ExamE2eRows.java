package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the exam browser test reads (issue 17 point 4, 临沂 技术人员抽考): in 临沂, a year of its own ({@link #YEAR}, the
 * shipped scheme re-dated: exam passMark 60), one agency with three technical staff on its register (王五, 赵六, 孙七),
 * the year's revealed staff draw naming 王五 and 赵六 ("按照不低于技术服务机构专业技术人员总数 50%的比例进行抽考": 2 of 3), and
 * 赵六's 75 (合格) recorded against his staff record. The test records 王五's 58 (不合格) in the console's exam form,
 * picking him from the register (the drawn first), publishes (公示) the two, reads them on the public site and sees
 * the failed person's record marked as barred from signing.
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
        long wang = staff(agency, "王五");
        long zhao = staff(agency, "赵六");
        staff(agency, "孙七");
        jdbc.update(
                "INSERT INTO draw (tenant_id, year, kind, title, quota_mode, quota_value, candidates_count, list_file,"
                        + " list_sha256, commitment, seed, result, status, committed_by) VALUES (?, ?, 'staff',"
                        + " '技术人员抽考', 'percent', 50, 3, '', REPEAT('0', 64), REPEAT('0', 64), REPEAT('1', 64), ?,"
                        + " 'revealed', 'test')",
                TENANT,
                YEAR,
                "a" + agency + ",s" + wang + ",1,k1\na" + agency + ",s" + zhao + ",2,k2\n");
        exam(agency, zhao, "赵六", "75");
        return Map.of(
                "E2E_EXAM_YEAR",
                Integer.toString(YEAR),
                "E2E_EXAM_AGENCY",
                agencyName,
                "E2E_EXAM_AGENCY_ID",
                Long.toString(agency));
    }

    /** The examined person on the agency's register (an ID-number hash no one else has). */
    private long staff(long agency, String name) {
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'test')",
                TENANT,
                agency,
                name,
                "%064d".formatted(System.nanoTime()));
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM staff WHERE tenant_id = ? AND agency_id = ?", Long.class, TENANT, agency);
    }

    private void exam(long agency, long staff, String name, String score) {
        jdbc.update(
                "INSERT INTO measurement (tenant_id, agency_id, year, name, value, subject, staff_id, recorded_by)"
                        + " VALUES (?, ?, ?, 'exam', ?, ?, ?, 'test')",
                TENANT,
                agency,
                YEAR,
                new java.math.BigDecimal(score),
                name,
                staff);
    }
}
