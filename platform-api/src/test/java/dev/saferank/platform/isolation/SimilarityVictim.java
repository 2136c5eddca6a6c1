package dev.saferank.platform.isolation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim's suggested copied report (issue 6, point 5): two reports and the suggestion, each
 * carrying a marker. The background check of the victim's tenant is left with nothing to do before
 * the probes run, so that the snapshot of its rows stays still.
 */
record SimilarityVictim(Map<String, String> ids, List<String> markers) {

    static SimilarityVictim create(JdbcTemplate jdbc, String tenant, long agency, String nonce) {
        String title = "探针相似报告" + nonce;
        String note = "探针规则说明" + nonce;
        long original = report(jdbc, tenant, agency, title + "甲");
        long copy = report(jdbc, tenant, agency, title + "乙");
        jdbc.update(
                "INSERT INTO report_similarity (tenant_id, report_id, similar_report_id, agency_id, similar_agency_id,"
                        + " similarity, kind, rule_note) VALUES (?, ?, ?, ?, ?, 0.9, 'template', ?)",
                tenant,
                copy,
                original,
                agency,
                agency,
                note);
        long suggestion = jdbc.queryForObject(
                "SELECT id FROM report_similarity WHERE tenant_id = ? AND report_id = ?", Long.class, tenant, copy);
        awaitChecked(jdbc, tenant);
        return new SimilarityVictim(
                Map.of(
                        "ConfirmReportSimilarityInput.id", Long.toString(suggestion),
                        "DismissReportSimilarityInput.id", Long.toString(suggestion)),
                List.of(title, note));
    }

    private static long report(JdbcTemplate jdbc, String tenant, long agency, String title) {
        jdbc.update(
                "INSERT INTO report (tenant_id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES (?, ?, '探针相似企业', 'evaluation', ?, '2023-07-20', '探针相似正文', 'text', 'probe')",
                tenant,
                agency,
                title);
        return jdbc.queryForObject(
                "SELECT id FROM report WHERE tenant_id = ? AND title = ?", Long.class, tenant, title);
    }

    /** Waits until no report of the tenant waits for its check (reports uploaded by earlier tests). */
    private static void awaitChecked(JdbcTemplate jdbc, String tenant) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM report_similarity_queue WHERE entity_tenant = ? AND done_at IS NULL",
                        Integer.class,
                        tenant)
                > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the copied-report check left reports of " + tenant + " unchecked for 120 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
