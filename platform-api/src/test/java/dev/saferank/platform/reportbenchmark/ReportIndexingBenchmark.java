package dev.saferank.platform.reportbenchmark;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.io.InputStream;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 100,000 generated reports indexed through the platform's own path — report and signatory rows
 * and their outbox rows written in transactions of 1,000, delivered by the running outbox relay —
 * from the first insert until Elasticsearch holds them all, against a raw bulk load of the same
 * documents into a scratch index with the same mapping (the client's BulkIngester, 1,000 documents
 * a request). Then the same searches sent to {@code searchReports} over HTTP and raw to
 * Elasticsearch, interleaved. Targets: indexing at least 0.8 of the raw rate; search overhead under
 * 5 ms at p50 and under 1.5 times at p95. Prints a table; fails only when documents go missing.
 */
@RealServersTest
// the test profile waits 3 s for Elasticsearch (NothingLostIT); a bulk of reports may take longer
@TestPropertySource(properties = {"saferank.search.response-timeout=60s", "saferank.outbox.poll-interval=1s"})
class ReportIndexingBenchmark {

    static final String TENANT = "foshan";
    static final int REPORTS = Integer.getInteger("benchmark.reports", 100_000);
    static final int SEARCHES = Integer.getInteger("benchmark.searches", 500);
    static final int AGENCIES = 100;
    static final int TRANSACTION = 1_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ElasticsearchClient client;

    @Value("${saferank.es.url}")
    String esUrl;

    @Test
    void indexingThroughTheOutboxAndSearchingAgainstRawElasticsearch() throws Exception {
        var data = new TestData(jdbc, schemes);
        data.tenant(TENANT);
        String marker = "RB" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        List<Long> agencyIds = new ArrayList<>();
        List<String> agencyNames = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            agencyNames.add("佛山基准评价机构" + i + "号" + marker);
            agencyIds.add(data.agency(TENANT, agencyNames.getLast(), "evaluation"));
        }
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM report", Long.class) + 1_000;
        long generating = System.nanoTime();
        var reports = BenchmarkReports.generate(firstId, agencyIds, agencyNames, REPORTS);
        System.out.printf(
                "generated %,d reports (%,d MB of text) in %.1f s%n",
                REPORTS, reports.bytes() >> 20, (System.nanoTime() - generating) / 1e9);

        // raw first: the platform's load then pays for the merges the raw load leaves behind
        double raw = rawBulk(reports, marker);
        double platform = platformPath(reports);
        var searches = new Searches(port, esUrl, () -> KeycloakTokens.accessToken("foshan-admin"), TENANT);
        var latencies = searches.run(SEARCHES);

        System.out.println(summary(reports, platform, raw, latencies));
    }

    /** Seconds from the first insert until every document is in the platform's index. */
    private double platformPath(BenchmarkReports reports) throws Exception {
        long start = System.nanoTime();
        var rows = reports.rows();
        for (int from = 0; from < rows.size(); from += TRANSACTION) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + TRANSACTION));
            transactions.executeWithoutResult(status -> insert(reports, chunk));
        }
        double inserted = (System.nanoTime() - start) / 1e9;
        Instant deadline = Instant.now().plus(Duration.ofHours(2));
        while (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE entity_type = 'report' AND entity_id BETWEEN ? AND ?"
                                + " AND sent_at IS NULL",
                        Integer.class,
                        reports.firstId(),
                        reports.lastId())
                > 0) {
            assertThat(Instant.now()).as("the outbox drained").isBefore(deadline);
            Thread.sleep(100);
        }
        String index = "saferank-reports";
        client.indices().refresh(r -> r.index(index));
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = client.count(c -> c.index(index)
                        .query(q -> q.range(r -> r.untyped(u -> u.field("id")
                                .gte(co.elastic.clients.json.JsonData.of(reports.firstId()))
                                .lte(co.elastic.clients.json.JsonData.of(reports.lastId()))))))
                .count();
        assertThat(count).as("documents of the run in the platform's index").isEqualTo(rows.size());
        System.out.printf("platform path: inserted in %.1f s, all indexed after %.1f s%n", inserted, seconds);
        return seconds;
    }

    private void insert(BenchmarkReports reports, List<BenchmarkReports.Row> chunk) {
        jdbc.batchUpdate(
                "INSERT INTO report (tenant_id, id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', ?, ?, ?, 'text', 'benchmark')",
                chunk.stream()
                        .map(r -> new Object[] {
                            TENANT,
                            r.id(),
                            reports.agencyIds().get(r.agency()),
                            r.enterprise(),
                            r.title(),
                            Date.valueOf(r.issuedOn()),
                            r.body()
                        })
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO report_signatory (tenant_id, report_id, position, name) VALUES (?, ?, 0, ?)",
                chunk.stream()
                        .map(r -> new Object[] {TENANT, r.id(), r.signatory()})
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id) VALUES ('report', ?, ?)",
                chunk.stream().map(r -> new Object[] {TENANT, r.id()}).toList());
    }

    /** Seconds to bulk the same documents into a scratch index with the same mapping. */
    private double rawBulk(BenchmarkReports reports, String marker) throws Exception {
        String index = "saferank-benchmark-raw-" + marker.toLowerCase(Locale.ROOT);
        try (InputStream mapping =
                getClass().getClassLoader().getResourceAsStream("dev/saferank/platform/report/reports-index.json")) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
        try {
            long start = System.nanoTime();
            try (var ingester = BulkIngester.<Void>of(b -> b.client(client).maxOperations(1_000))) {
                for (var row : reports.rows()) {
                    Map<String, Object> document = reports.document(TENANT, row);
                    ingester.add(op -> op.index(i -> i.index(index)
                            .id(Long.toString(row.id()))
                            .version(1L)
                            .versionType(co.elastic.clients.elasticsearch._types.VersionType.External)
                            .document(document)));
                }
            }
            client.indices().refresh(r -> r.index(index));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(client.count(c -> c.index(index)).count())
                    .isEqualTo(reports.rows().size());
            System.out.printf("raw bulk: all indexed after %.1f s%n", seconds);
            return seconds;
        } finally {
            client.indices().delete(d -> d.index(index));
        }
    }

    private static String summary(BenchmarkReports reports, double platform, double raw, Searches.Result search) {
        int n = reports.rows().size();
        double ratio = raw / platform;
        var out = new StringBuilder();
        out.append("\n=== Reports benchmark: ")
                .append(String.format("%,d", n))
                .append(" reports, ")
                .append(reports.bytes() >> 20)
                .append(" MB of text ===\n");
        out.append("| indexing | seconds | documents/s |\n|---|---|---|\n");
        out.append(String.format(
                "| platform: rows + outbox → relay → Elasticsearch | %.1f | %.0f |%n", platform, n / platform));
        out.append(String.format("| raw _bulk (BulkIngester, 1,000 a request) | %.1f | %.0f |%n", raw, n / raw));
        out.append(String.format(
                "Ratio platform / raw: %.2f (target ≥ 0.80: %s)%n", ratio, ratio >= 0.8 ? "met" : "NOT met"));
        out.append(String.format(
                "| search (%d each, interleaved, one client) | p50 ms | p95 ms | p99 ms | JVM CPU ms/search |%n"
                        + "|---|---|---|---|---|%n",
                search.count()));
        out.append(String.format(
                "| GraphQL searchReports (HTTP) | %.1f | %.1f | %.1f | %.1f |%n",
                search.api(50), search.api(95), search.api(99), search.apiCpuMillis()));
        out.append(String.format(
                "| raw _search (HTTP) | %.1f | %.1f | %.1f | %.1f |%n",
                search.raw(50), search.raw(95), search.raw(99), search.rawCpuMillis()));
        double p50 = search.api(50) - search.raw(50);
        double p95 = search.api(95) / search.raw(95);
        out.append(String.format(
                "Overhead p50: %.1f ms (target < 5: %s); p95: %.2f× (target < 1.5: %s)%n",
                p50, p50 < 5 ? "met" : "NOT met", p95, p95 < 1.5 ? "met" : "NOT met"));
        out.append("Load average: ").append(loadAverage()).append('\n');
        return out.toString();
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
