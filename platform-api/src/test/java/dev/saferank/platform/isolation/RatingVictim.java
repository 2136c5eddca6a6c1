package dev.saferank.platform.isolation;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim's rating rows: a completed run with the agency's result (trail included), a notice
 * whose period is over (so that even the public list is closed: what a publicNotice probe of
 * another tenant could see is nothing), and an objection with the filer's name and contact, the
 * reason and the bureau's decision. Each carries a marker.
 */
record RatingVictim(long runId, long noticeId, long objectionId, List<String> markers) {

    static RatingVictim create(JdbcTemplate jdbc, String tenant, long agency, String agencyName, String nonce) {
        String runReason = "探针评定" + nonce;
        String section = "探针小节" + nonce;
        String objection = "探针异议" + nonce;
        String filer = "探针异议人" + nonce;
        String decision = "探针决定" + nonce;
        int version = jdbc.queryForObject(
                "SELECT COALESCE(MAX(run_version), 0) + 1 FROM rating_run WHERE tenant_id = ? AND year = 2023",
                Integer.class,
                tenant);
        jdbc.update(
                "INSERT INTO rating_run (tenant_id, year, run_version, scheme_version, status, items_total, items_done,"
                        + " requested_by, reason, started_at, ended_at)"
                        + " SELECT ?, 2023, ?, version, 'completed', 1, 1, 'probe', ?, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)"
                        + " FROM scheme_activation WHERE tenant_id = ? AND year = 2023",
                tenant,
                version,
                runReason,
                tenant);
        long run = jdbc.queryForObject(
                "SELECT id FROM rating_run WHERE tenant_id = ? AND year = 2023 AND run_version = ?",
                Long.class,
                tenant,
                version);
        jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, raw_total, total, grade, trail)"
                        + " VALUES (?, ?, ?, ?, 88, 88, '良好', ?)",
                tenant,
                run,
                agency,
                agencyName,
                "{\"rawTotal\": \"88\", \"vetoes\": [], \"exclusion\": null, \"sections\": [{\"title\": \"" + section
                        + "\", \"max\": \"100\", \"points\": \"88\", \"items\": []}], \"bonus\": null, \"penalties\": null}");
        jdbc.update(
                "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, grade, overall_rank)"
                        + " VALUES (?, ?, ?, 88, '良好', 1)",
                tenant,
                run,
                agency);
        jdbc.update(
                "INSERT INTO rating_notice (tenant_id, year, run_id, starts_on, ends_on, working_days, status, opened_by)"
                        + " VALUES (?, 2023, ?, '2024-03-01', '2024-03-11', 7, 'published', 'probe')",
                tenant,
                run);
        long notice = jdbc.queryForObject(
                "SELECT id FROM rating_notice WHERE tenant_id = ? AND run_id = ?", Long.class, tenant, run);
        String code = ("P" + nonce.toUpperCase() + "ZZZZZZZZZZZ")
                .substring(0, 12)
                .replace('0', '2')
                .replace('1', '3');
        jdbc.update(
                "INSERT INTO objection (tenant_id, notice_id, agency_id, tracking_code, filer_kind, filer_name, contact,"
                        + " reason, status, decision, decided_by, decided_at)"
                        + " VALUES (?, ?, ?, ?, 'public', ?, '13900000000', ?, 'rejected', ?, 'probe', CURRENT_TIMESTAMP(3))",
                tenant,
                notice,
                agency,
                code,
                filer,
                objection,
                decision);
        long objectionId = jdbc.queryForObject(
                "SELECT id FROM objection WHERE tenant_id = ? AND tracking_code = ?", Long.class, tenant, code);
        // the run's reason is not a marker: runs are the tenant's, and its agency users read them (not its results)
        return new RatingVictim(run, notice, objectionId, List.of(section, objection, filer, decision));
    }
}
