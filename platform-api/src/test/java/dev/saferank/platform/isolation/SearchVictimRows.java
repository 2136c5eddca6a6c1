package dev.saferank.platform.isolation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim's report, complaint and case (issue 6), each carrying a marker, and delivered to the
 * search index through the outbox before the probes run: a search that forgot the tenant filter
 * would hand them out.
 */
record SearchVictimRows(Map<String, String> ids, List<String> markers) {

    static SearchVictimRows create(JdbcTemplate jdbc, String tenant, long agency, String nonce) {
        String title = "探针报告" + nonce;
        String subject = "探针投诉" + nonce;
        String contact = "探针联系人" + nonce;
        String caseTitle = "探针案件" + nonce;
        jdbc.update(
                "INSERT INTO report (tenant_id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES (?, ?, '探针企业', 'evaluation', ?, '2023-07-20', '探针正文', 'text', 'probe')",
                tenant,
                agency,
                title);
        long report = id(jdbc, "SELECT MAX(id) FROM report WHERE tenant_id = ? AND agency_id = ?", tenant, agency);
        jdbc.update(
                "INSERT INTO report_signatory (tenant_id, report_id, position, name) VALUES (?, ?, 0, '探针签字人')",
                tenant,
                report);
        jdbc.update(
                "INSERT INTO complaint (tenant_id, tracking_code, agency_name, agency_id, subject, body, contact_name,"
                        + " contact_phone, client_key, status) VALUES (?, ?, '探针机构', ?, ?, '探针内容', ?, '12345', ?, 'triaged')",
                tenant,
                ("PROBE" + Long.toString(System.nanoTime(), 36).toUpperCase() + "0000000000000000").substring(0, 16),
                agency,
                subject,
                contact,
                "%064d".formatted(System.nanoTime()));
        long complaint =
                id(jdbc, "SELECT MAX(id) FROM complaint WHERE tenant_id = ? AND agency_id = ?", tenant, agency);
        jdbc.update(
                "INSERT INTO enforcement_case (tenant_id, complaint_id, agency_id, title, opened_by) VALUES (?, ?, ?, ?, 'probe')",
                tenant,
                complaint,
                agency,
                caseTitle);
        long enforcementCase =
                id(jdbc, "SELECT MAX(id) FROM enforcement_case WHERE tenant_id = ? AND agency_id = ?", tenant, agency);
        for (var entity : Map.of("report", report, "complaint", complaint, "case", enforcementCase)
                .entrySet()) {
            jdbc.update(
                    "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id) VALUES (?, ?, ?)",
                    entity.getKey(),
                    tenant,
                    entity.getValue());
        }
        awaitDelivered(jdbc);
        Map<String, String> ids = Map.ofEntries(
                Map.entry("report.id", Long.toString(report)),
                Map.entry("WithdrawReportInput.id", Long.toString(report)),
                Map.entry("reportIds", Long.toString(report)),
                Map.entry("complaint.id", Long.toString(complaint)),
                Map.entry("TriageComplaintInput.id", Long.toString(complaint)),
                Map.entry("CloseComplaintInput.id", Long.toString(complaint)),
                Map.entry("OpenCaseInput.complaintId", Long.toString(complaint)),
                Map.entry("enforcementCase.id", Long.toString(enforcementCase)),
                Map.entry("RecordCaseStepInput.caseId", Long.toString(enforcementCase)),
                Map.entry("CloseCaseInput.caseId", Long.toString(enforcementCase)));
        return new SearchVictimRows(ids, List.of(title, subject, contact, caseTitle));
    }

    private static long id(JdbcTemplate jdbc, String sql, String tenant, long agency) {
        return jdbc.queryForObject(sql, Long.class, tenant, agency);
    }

    /** Waits until the relay delivered every pending row and the index refreshed (1 s). */
    private static void awaitDelivered(JdbcTemplate jdbc) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE sent_at IS NULL", Integer.class) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not deliver the victim's rows within 60 s");
            }
            pause(100);
        }
        pause(1500);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
