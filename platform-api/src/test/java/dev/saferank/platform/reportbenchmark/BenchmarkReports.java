package dev.saferank.platform.reportbenchmark;

import dev.saferank.platform.similarity.GeneratedReports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated reports of a run, in memory before the clock starts: each a report written anew
 * (a few KB of Chinese), for one of the run's agencies. {@link #document} is the search document
 * exactly as {@code report.ReportProjection} makes it from the stored row.
 */
record BenchmarkReports(long firstId, List<Long> agencyIds, List<String> agencyNames, List<Row> rows) {

    record Row(
            long id, int agency, String enterprise, String title, LocalDate issuedOn, String body, String signatory) {}

    static BenchmarkReports generate(long firstId, List<Long> agencyIds, List<String> agencyNames, int count) {
        var generator = new GeneratedReports(20261130L);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int agency = i % agencyIds.size();
            String enterprise = "佛山市" + (char) ('甲' + i % 10) + "第" + i + "号制造有限公司";
            var text = generator.fresh(enterprise, agencyNames.get(agency));
            rows.add(new Row(
                    firstId + i,
                    agency,
                    enterprise,
                    text.title(),
                    LocalDate.of(2023, 1, 1).plusDays(i % 330),
                    text.body(),
                    "评价师" + (i % 200)));
        }
        return new BenchmarkReports(firstId, agencyIds, agencyNames, rows);
    }

    long lastId() {
        return firstId + rows.size() - 1;
    }

    long bytes() {
        return rows.stream()
                .mapToLong(r -> r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum();
    }

    Map<String, Object> document(String tenant, Row row) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("agency_id", agencyIds.get(row.agency()));
        fields.put("agency_name", agencyNames.get(row.agency()));
        fields.put("enterprise", row.enterprise());
        fields.put("type", "evaluation");
        fields.put("report_no", null);
        fields.put("title", row.title());
        fields.put("issued_on", row.issuedOn().toString());
        fields.put("body", row.body());
        fields.put("status", "active");
        fields.put("signatory_names", List.of(row.signatory()));
        fields.put("signatory_staff_ids", List.of());
        fields.put("tenant_id", tenant);
        fields.put("id", row.id());
        fields.put("version", 1);
        return fields;
    }
}
