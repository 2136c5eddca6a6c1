package dev.saferank.platform.rating;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rating runs and results written with JDBC, playing the batch job's part (claim, rate, complete)
 * until platform-api runs the job itself: the tests of results, notices and objections read what
 * the job writes, in the shape V50 fixes.
 */
public final class RatingRows {

    private final JdbcTemplate jdbc;

    public RatingRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends any run of the tenant and year left queued or running, as a worker would (failed). */
    public void finishActive(String tenant, int year) {
        jdbc.update(
                "UPDATE rating_run SET status = 'failed', active_key = NULL, error = '测试结束', ended_at = CURRENT_TIMESTAMP(3)"
                        + " WHERE tenant_id = ? AND year = ? AND status IN ('queued', 'running')",
                tenant,
                year);
    }

    /** Withdraws the open notices of the tenant and year (tests share the database). */
    public void closeNotices(String tenant, int year) {
        jdbc.update(
                "UPDATE rating_notice SET status = 'withdrawn' WHERE tenant_id = ? AND year = ? AND status = 'open'",
                tenant,
                year);
    }

    /** A completed run with the next run version and the scheme version active for the year. */
    public long completedRun(String tenant, int year, String reason) {
        String scheme = jdbc.queryForObject(
                "SELECT version FROM scheme_activation WHERE tenant_id = ? AND year = ?", String.class, tenant, year);
        int version = jdbc.queryForObject(
                "SELECT COALESCE(MAX(run_version), 0) + 1 FROM rating_run WHERE tenant_id = ? AND year = ?",
                Integer.class,
                tenant,
                year);
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO rating_run (tenant_id, year, run_version, scheme_version, status, items_total,"
                                    + " items_done, requested_by, reason, started_at, ended_at)"
                                    + " VALUES (?, ?, ?, ?, 'completed', 0, 0, 'test', ?, CURRENT_TIMESTAMP(3),"
                                    + " CURRENT_TIMESTAMP(3))",
                            new String[] {"id"});
                    statement.setString(1, tenant);
                    statement.setInt(2, year);
                    statement.setInt(3, version);
                    statement.setString(4, scheme);
                    statement.setString(5, reason);
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** Completes a queued run as the job would: claimed, rated, the guard released. */
    public void complete(String tenant, long runId) {
        jdbc.update(
                "UPDATE rating_run SET status = 'completed', active_key = NULL, started_at = CURRENT_TIMESTAMP(3),"
                        + " ended_at = CURRENT_TIMESTAMP(3),"
                        + " items_total = (SELECT COUNT(*) FROM rating_result WHERE tenant_id = ? AND run_id = ?),"
                        + " items_done = (SELECT COUNT(*) FROM rating_result WHERE tenant_id = ? AND run_id = ?)"
                        + " WHERE tenant_id = ? AND id = ?",
                tenant,
                runId,
                tenant,
                runId,
                tenant,
                runId);
    }

    /** One rated agency's result. */
    public void result(
            String tenant,
            long runId,
            long agencyId,
            String name,
            String total,
            String grade,
            int rank,
            String groupKey,
            Integer groupRank,
            String trail) {
        jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, category, district, raw_total,"
                        + " total, grade, group_key, trail)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', NULL, ?, ?, ?, ?, ?)",
                tenant,
                runId,
                agencyId,
                name,
                new BigDecimal(total),
                new BigDecimal(total),
                grade,
                groupKey,
                trail);
        // the ranks live in the run's small rows (V96)
        jdbc.update(
                "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, group_key, grade, overall_rank,"
                        + " group_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                runId,
                agencyId,
                new BigDecimal(total),
                groupKey,
                grade,
                rank,
                groupRank);
    }

    /** An excluded agency's result: no total, no rank. */
    public void excluded(String tenant, long runId, long agencyId, String name, String code, String wording) {
        jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, exclusion_code, trail)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                tenant,
                runId,
                agencyId,
                name,
                code,
                "{\"rawTotal\": null, \"vetoes\": [], \"exclusion\": {\"code\": \"%s\", \"wording\": \"%s\"},"
                                .formatted(code, wording)
                        + " \"sections\": [], \"bonus\": null, \"penalties\": null}");
    }

    /**
     * A trail of one section with one item and one step, a bonus and no penalties, in V50's shape
     * (decimals as strings).
     */
    public static String trail(String sectionTitle, String sectionPoints, String rule, String amount, String bonus) {
        return """
                {"rawTotal": "%s", "vetoes": [], "exclusion": null,
                 "sections": [{"title": "%s", "max": "100", "points": "%s",
                   "items": [{"number": "14", "title": "报告质量", "max": "20", "points": "%s",
                     "trail": [{"rule": "%s", "wording": "标线不规范，每处扣0.5分", "count": 3, "amount": "%s",
                                "capped": false, "enterprise": null, "note": null}]}]}],
                 "bonus": {"points": "%s", "capped": false,
                   "items": [{"number": "21", "title": "加分项", "max": null, "points": "%s", "trail": []}]},
                 "penalties": null}
                """
                .formatted(
                        new BigDecimal(sectionPoints).add(new BigDecimal(bonus)).toPlainString(),
                        sectionTitle,
                        sectionPoints,
                        new BigDecimal("20").add(new BigDecimal(amount)).toPlainString(),
                        rule,
                        amount,
                        bonus,
                        bonus);
    }
}
