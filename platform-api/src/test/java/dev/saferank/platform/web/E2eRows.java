package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * What the browser tests read, written with JDBC as the owning features' jobs write it (their own tests
 * prove that they do): 泉州's 2023 rating with a notice open today, and a published publication of the
 * same year. Names carry a run number, since the build's tests share the database.
 *
 * <p>The public search (publicRatings) reads an Elasticsearch index: the seeded publication's entries are
 * queued in the search outbox as the publication job queues them, and WebE2EIT waits for their delivery
 * before web/e2e/public-search.spec.ts runs.
 */
final class E2eRows {

    static final String TENANT = "quanzhou";
    static final int YEAR = 2023;

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final RatingRows ratings;

    E2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
        this.ratings = new RatingRows(jdbc);
    }

    /** Seeds everything and returns it as the E2E_* variables of the Playwright run. */
    Map<String, String> seed() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        data.activeSeedScheme(TENANT, "tenants/quanzhou/quanzhou-2023.yaml", YEAR);
        String first = "泉州安信安全评价有限公司" + mark;
        String second = "泉州明达检测技术有限公司" + mark;
        long agencyA = data.agency(TENANT, first, "evaluation");
        long agencyB = data.agency(TENANT, second, "evaluation");

        // the notice: open from yesterday for a week, showing two agencies
        ratings.closeNotices(TENANT, YEAR);
        long run = ratings.completedRun(TENANT, YEAR, "网页端到端测试");
        ratings.result(
                TENANT, run, agencyA, first, "92", "优秀", 1, null, null, RatingRows.trail("管理", "92", "9.1", "-1", "0"));
        ratings.result(
                TENANT,
                run,
                agencyB,
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
                YEAR,
                run,
                today.minusDays(1),
                today.plusDays(6));

        // a published publication of the same year (an earlier run), as the publication job leaves it
        long published = ratings.completedRun(TENANT, YEAR, "网页端到端测试（已公布）");
        int seq = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM publication WHERE tenant_id = ? AND year = ?",
                Integer.class,
                TENANT,
                YEAR);
        long publication = publication(published, seq);
        entry(publication, agencyA, first, "92", "优秀", 1);
        entry(publication, agencyB, second, "78.5", "合格", 2);
        // and, as the publication job does in its last transaction, queued for the public search index
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)"
                        + " SELECT 'publicRating', e.tenant_id, e.id FROM publication_entry e"
                        + " WHERE e.tenant_id = ? AND e.publication_id = ? AND e.public = 1 ORDER BY e.id",
                TENANT,
                publication);

        Map<String, String> env = new LinkedHashMap<>();
        env.put("E2E_TENANT", TENANT);
        env.put("E2E_TENANT_NAME", jdbc.queryForObject("SELECT name FROM tenant WHERE id = ?", String.class, TENANT));
        env.put("E2E_YEAR", Integer.toString(YEAR));
        env.put("E2E_AGENCY_A", first);
        env.put("E2E_AGENCY_A_ID", Long.toString(agencyA));
        env.put("E2E_AGENCY_B", second);
        env.put("E2E_PUBLICATION_ID", Long.toString(publication));
        env.put("E2E_PUBLICATION_SEQ", Integer.toString(seq));
        return env;
    }

    private long publication(long run, int seq) {
        String lists = "[{\"code\":\"best\",\"title\":\"诚信优秀机构\",\"wording\":\"考评等级为优秀的机构\",\"public\":true,"
                + "\"validMonths\":null}]";
        return publishedPublication(
                jdbc, TENANT, YEAR, run, seq, "泉州市应急管理局", lists, Instant.parse("2026-08-31T02:00:00Z"));
    }

    /** A publication row as the publication job leaves it, published; its id. */
    static long publishedPublication(
            JdbcTemplate jdbc,
            String tenant,
            int year,
            long run,
            int seq,
            String bureauName,
            String lists,
            Instant publishedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO publication (tenant_id, year, kind, run_id, status, seq, bureau_name, lists,"
                                    + " requested_by, published_by, published_at, checksum)"
                                    + " VALUES (?, ?, 'publish', ?, 'published', ?, ?, ?, 'test-admin', 'test-admin',"
                                    + " ?, ?)",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setLong(3, run);
                    s.setInt(4, seq);
                    s.setString(5, bureauName);
                    s.setString(6, lists);
                    s.setTimestamp(7, Timestamp.from(publishedAt));
                    s.setString(8, "0".repeat(64));
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    private void entry(long publication, long agency, String name, String total, String grade, int rank) {
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, category, district,"
                        + " total, grade, published_grade, overall_rank, lists, public, note)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', '350503', ?, ?, ?, ?, ?, TRUE, NULL)",
                TENANT,
                publication,
                agency,
                name,
                new BigDecimal(total),
                grade,
                grade,
                rank,
                "优秀".equals(grade) ? "best" : "");
    }
}
