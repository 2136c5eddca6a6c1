package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.run.StoredTrail;
import dev.saferank.servers.spring.RealServersInitializer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A bureau imports a large sheet and rates at once (issue 14, point 8): 5,000 agencies with their staff,
 * certificates, engagements and findings written by JDBC batch inserts (multi-row, as an import does), no
 * ANALYZE, nothing left to settle, and the job started the moment the last batch is committed. Its reads
 * are forward-only streams on the clustered keys, so no plan can go bad on fresh statistics: the run
 * completes with every agency and the hand-worked totals and ranks. The timeout turns a stalled statement
 * (as seen before point 8: minutes on one partition's agency statement) into a failure, not a hang.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class RatingAfterBulkLoadIT {

    static final int AGENCIES = 5_000;
    static final int BATCH = 1_000;
    static final LocalDate IN_2023 = LocalDate.of(2023, 3, 1);
    static final LocalDate IN_2022 = LocalDate.of(2022, 3, 1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aPopulationLoadedInBulkIsRatedCompletelyAndCorrectlyAtOnce() throws Exception {
        var data = new RatingData(jdbc, "bulk").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        String tenant = data.tenant;

        // agencies in batches; then their ids in insertion (id) order
        List<Object[]> agencies = new ArrayList<>(AGENCIES);
        for (int i = 0; i < AGENCIES; i++) {
            agencies.add(new Object[] {
                tenant, String.format("91350500BULK%06d", i), String.format("泉州批量导入机构%05d", i), "standardisation"
            });
        }
        batch(
                "INSERT INTO agency (tenant_id, credit_code, name, category, created_by) VALUES (?, ?, ?, ?, 'import')",
                agencies);
        List<Long> ids = jdbc.queryForList("SELECT id FROM agency WHERE tenant_id = ? ORDER BY id", Long.class, tenant);
        assertThat(ids).hasSize(AGENCIES);

        // five kinds of agency, by position i mod 5 (泉州 2023, items 1–20 sum to 100):
        //   0 clean: 3 registered engineers, business in 2023, nothing found              → 100.0 优秀
        //   1 two confirmed 12.1 (每项扣 2 分) → item 12: 6 − 2 − 2 = 2 (a draft 12.1 and a
        //     withdrawn 13.1 do not count)                                                   → 96.0 优秀
        //   2 one confirmed 14.1 ×12 → −24 on a 20-point item: 0 (扣完即止, floor +4)          → 80.0 良好
        //   3 only 2 registered engineers → 3.1 = 6 × (3 − 2) = 6 → item 3: 18 − 6 = 12      → 94.0 优秀
        //   4 its only engagement in 2022: no business in 2023 → E1, excluded, no total, no rank
        List<Object[]> staff = new ArrayList<>();
        List<Object[]> engagements = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            long agency = ids.get(i);
            int kind = i % 5;
            for (int s = 0; s < (kind == 3 ? 2 : 3); s++) {
                staff.add(new Object[] {tenant, agency, "技术人员", String.format("%064x", (long) i * 10 + s)});
            }
            engagements.add(new Object[] {tenant, agency, Date.valueOf(kind == 4 ? IN_2022 : IN_2023)});
            if (kind == 1) {
                findings.add(finding(tenant, agency, "12.1", 1, "confirmed"));
                findings.add(finding(tenant, agency, "12.1", 1, "confirmed"));
                findings.add(finding(tenant, agency, "12.1", 1, "draft"));
                findings.add(finding(tenant, agency, "13.1", 1, "withdrawn"));
            } else if (kind == 2) {
                findings.add(finding(tenant, agency, "14.1", 12, "confirmed"));
            }
        }
        batch(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'import')",
                staff);
        List<Object[]> certificates = new ArrayList<>();
        jdbc.query(
                "SELECT agency_id, id FROM staff WHERE tenant_id = ? ORDER BY id",
                rs -> {
                    certificates.add(new Object[] {
                        tenant, rs.getLong(1), rs.getLong(2), "registeredSafetyEngineer", "C" + rs.getLong(2)
                    });
                },
                tenant);
        batch(
                "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number) VALUES (?, ?, ?, ?, ?)",
                certificates);
        batch(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES (?, ?, '某生产经营单位', 'evaluation', ?, 'import')",
                engagements);
        batch(
                "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source, observed_on,"
                        + " status, recorded_by) VALUES (?, ?, 2023, 'rule', ?, ?, '现场检查发现', 'routineInspection', ?, ?,"
                        + " 'inspector')",
                findings);

        // rated at once: no ANALYZE TABLE, no pause
        RatingRun run = new RatingRunner(runs, launcher).rate(tenant, 2023);

        RatingRun done = runs.find(tenant, run.id()).orElseThrow();
        assertThat(done.status()).isEqualTo("completed");
        assertThat(done.itemsTotal()).isEqualTo(AGENCIES);
        assertThat(done.itemsDone()).isEqualTo(AGENCIES);
        Results results = Results.of(jdbc, tenant, run.id());
        assertThat(results.rows()).hasSize(AGENCIES);

        // competition ranking of 1,000 agencies at each total: 100.0 → 1, 96.0 → 1001, 94.0 → 2001, 80.0 → 3001
        Map<Integer, String> totals = Map.of(0, "100.0", 1, "96.0", 2, "80.0", 3, "94.0");
        Map<Integer, String> grades = Map.of(0, "优秀", 1, "优秀", 2, "良好", 3, "优秀");
        Map<Integer, Integer> ranks = Map.of(0, 1, 1, 1001, 2, 3001, 3, 2001);
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < AGENCIES; i++) {
            Results.Row row = results.of(ids.get(i));
            int kind = i % 5;
            seen.merge(kind, 1, Integer::sum);
            if (kind == 4) {
                assertThat(row.exclusion()).as("agency %d", i).isEqualTo("E1");
                assertThat(row.total()).isNull();
                assertThat(row.overallRank()).isNull();
                continue;
            }
            assertThat(row.total()).as("agency %d", i).isEqualByComparingTo(totals.get(kind));
            assertThat(row.grade()).as("agency %d", i).isEqualTo(grades.get(kind));
            assertThat(row.overallRank()).as("agency %d", i).isEqualTo(ranks.get(kind));
            assertThat(row.exclusion()).isNull();
        }
        assertThat(seen).containsEntry(0, 1000).containsEntry(4, 1000);

        // the trail read back in full: item 12's two steps, item 14's floor step
        assertThat(results.of(ids.get(1)).trail())
                .contains("\"number\":\"12\"", "\"rule\":\"12.1\",\"wording\":\"未辅导企业依法建立全员安全生产责任制及其考核标准清单的，每项扣 2 分\"")
                .doesNotContain("\"rule\":\"13.1\"");
        assertThat(results.of(ids.get(2)).trail()).contains("\"rule\":\"floor\"", "扣完即止");
        // and stored compactly: the texts kept once with the run, only what moved an item, compressed (V112)
        byte[] stored = jdbc.queryForObject(
                "SELECT trail FROM rating_result WHERE tenant_id = ? AND run_id = ? AND agency_id = ?",
                byte[].class,
                tenant,
                run.id(),
                ids.get(1));
        assertThat(stored[0]).as("the compressed format's marker").isEqualTo((byte) 1);
        String logical = StoredTrail.decode(stored);
        assertThat(logical).startsWith("[").contains("\"12.1\"").doesNotContain("未辅导企业");
        assertThat(stored.length).isLessThan(logical.getBytes(StandardCharsets.UTF_8).length / 2);
        assertThat(logical.length()).isLessThan(results.of(ids.get(1)).trail().length() / 4);
        // the small row's digest (the run checksum's input) is that of the logical trail, not of the stored bytes
        byte[] digest = jdbc.queryForObject(
                "SELECT trail_sha256 FROM rating_total WHERE tenant_id = ? AND run_id = ? AND agency_id = ?",
                byte[].class,
                tenant,
                run.id(),
                ids.get(1));
        assertThat(digest).isEqualTo(StoredTrail.sha256(logical));
    }

    private static Object[] finding(String tenant, long agency, String rule, int count, String status) {
        return new Object[] {tenant, agency, rule, count, Date.valueOf(LocalDate.of(2023, 7, 20)), status};
    }

    /** JDBC batch inserts of 1,000 rows (Connector/J rewrites each batch into one multi-row insert). */
    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
