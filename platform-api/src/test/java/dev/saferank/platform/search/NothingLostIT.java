package dev.saferank.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.complaint.PublicHttp;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing is lost: Elasticsearch is stopped (frozen, see {@link PausedElasticsearch}) while reports
 * are uploaded and withdrawn and complaints filed and triaged through the API; every write succeeds
 * (MySQL is the source of truth), the outbox keeps what could not be delivered and retries with
 * backoff; once Elasticsearch is back, every index holds exactly the rows of its table, each at the
 * row's version. Replaying every delivery, or delivering an older version late, changes nothing.
 */
@RealServersTest
class NothingLostIT {

    private static final Logger log = LoggerFactory.getLogger(NothingLostIT.class);
    private static final Map<String, String> TABLES = Map.of(
            "saferank-reports", "report", "saferank-complaints", "complaint", "saferank-cases", "enforcement_case");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    Rebuild rebuild;

    @Autowired
    Indexer indexer;

    @Autowired
    ElasticsearchClient client;

    @Value("${saferank.es.url}")
    String esUrl;

    @Test
    void writesWhileElasticsearchIsStoppedAreAllIndexedAtTheirVersionsOnceItIsBack() throws IOException {
        var api = new Api(port);
        var data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        long agency = data.agency("quanzhou", "泉州停机测试机构", "evaluation");
        awaitOutboxDelivered(Duration.ofSeconds(60));
        var rebuilt = rebuild.rebuildAll();
        assertThat(rebuilt.get("saferank-reports")).isEqualTo(rows("report"));

        int uploaded = 0;
        int withdrawn = 0;
        int complaints = 0;
        int pendingWhileStopped;
        int failedAttempts;
        try (var stopped = PausedElasticsearch.pause(esUrl)) {
            Instant until = Instant.now().plus(Duration.ofSeconds(8));
            while (Instant.now().isBefore(until)) {
                String id = upload(api, agency, uploaded);
                uploaded++;
                if (uploaded % 3 == 0) {
                    var payload = api.data(
                                    "quanzhou-admin",
                                    "mutation($i: WithdrawReportInput!) { withdrawReport(input: $i) { report { version } errors { code } } }",
                                    Map.of("i", Map.of("id", id, "reason", "停机期间撤回")))
                            .path("withdrawReport");
                    assertThat(payload.path("report").path("version").asInt()).isEqualTo(2);
                    withdrawn++;
                }
                if (uploaded % 4 == 0) {
                    fileAndTriage(api, agency);
                    complaints++;
                }
            }
            pendingWhileStopped = pending();
            failedAttempts = awaitFailedAttempts();
        }
        log.info(
                "while Elasticsearch was stopped: {} reports uploaded, {} withdrawn, {} complaints filed and triaged;"
                        + " {} outbox rows pending, {} failed delivery attempts",
                uploaded,
                withdrawn,
                complaints,
                pendingWhileStopped,
                failedAttempts);
        assertThat(uploaded).isGreaterThanOrEqualTo(6);
        // every change left a row: uploads, withdrawals, and per complaint the filing and the triage
        assertThat(pendingWhileStopped).isGreaterThanOrEqualTo(uploaded + withdrawn + 2 * complaints);
        assertThat(failedAttempts).isPositive();

        awaitOutboxDelivered(Duration.ofSeconds(90));
        assertIndicesEqualMySql();

        // replay every delivery: Elasticsearch answers 409 (same version), nothing changes
        jdbc.update(
                "UPDATE search_outbox SET sent_at = NULL, attempts = 0 WHERE entity_id IN"
                        + " (SELECT id FROM report WHERE agency_id = ?) AND entity_type = 'report'",
                agency);
        awaitOutboxDelivered(Duration.ofSeconds(60));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE last_error IS NOT NULL AND sent_at IS NOT NULL",
                        Integer.class))
                .isZero();
        // a late delivery of an older version: the index keeps the newer document
        long withdrawnId = jdbc.queryForObject(
                "SELECT MIN(id) FROM report WHERE agency_id = ? AND status = 'withdrawn'", Long.class, agency);
        var stale = new SearchDocument(
                "quanzhou", withdrawnId, 1, Map.of("title", "旧版本", "status", "active", "agency_id", agency));
        assertThat(indexer.write("saferank-reports", List.of(stale))).isEmpty();
        assertIndicesEqualMySql();
        assertThat(client.get(g -> g.index("saferank-reports").id(Long.toString(withdrawnId)), Map.class)
                        .source()
                        .get("status"))
                .isEqualTo("withdrawn");
    }

    private void assertIndicesEqualMySql() throws IOException {
        client.indices().refresh(r -> r.index(List.copyOf(TABLES.keySet())));
        for (var index : TABLES.entrySet()) {
            Map<Long, Long> inMySql = new TreeMap<>();
            jdbc.query("SELECT id, version FROM " + index.getValue(), row -> {
                inMySql.put(row.getLong(1), row.getLong(2));
            });
            Map<Long, Long> inIndex = new TreeMap<>();
            var hits = client.search(
                            s -> s.index(index.getKey())
                                    .size(10_000)
                                    .version(true)
                                    .source(src -> src.fetch(false))
                                    .query(q -> q.matchAll(all -> all)),
                            Void.class)
                    .hits()
                    .hits();
            hits.forEach(hit -> inIndex.put(Long.parseLong(hit.id()), hit.version()));
            log.info(
                    "{}: {} documents, {} rows in {}",
                    index.getKey(),
                    inIndex.size(),
                    inMySql.size(),
                    index.getValue());
            assertThat(inIndex)
                    .as("documents and versions of %s", index.getKey())
                    .isEqualTo(inMySql);
        }
    }

    private String upload(Api api, long agency, int n) {
        var input = new HashMap<String, Object>(Map.of(
                "agencyId",
                String.valueOf(agency),
                "enterprise",
                "停机测试企业" + n,
                "type",
                "evaluation",
                "title",
                "停机期间上传的评价报告" + n,
                "issuedOn",
                "2023-06-01",
                "body",
                "储罐区安全评价正文 " + n,
                "signatories",
                List.of(Map.of("name", "周签字"))));
        var payload = api.data(
                        "quanzhou-inspector",
                        "mutation($i: UploadReportInput!) { uploadReport(input: $i) { report { id } errors { code } } }",
                        Map.of("i", input))
                .path("uploadReport");
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
        return payload.path("report").path("id").asString();
    }

    private void fileAndTriage(Api api, long agency) {
        var filed = new PublicHttp(port)
                .post(
                        PublicHttp.uniqueAddress(),
                        "mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { trackingCode errors { code } } }",
                        Map.of(
                                "i",
                                Map.of(
                                        "city", "quanzhou",
                                        "agencyName", "泉州停机测试机构",
                                        "subject", "停机期间的投诉",
                                        "body", "报告造假",
                                        "anonymous", true)))
                .path("data")
                .path("fileComplaint");
        String code = filed.path("trackingCode").asString();
        assertThat(code).as("%s", filed).hasSize(16);
        long id = jdbc.queryForObject("SELECT id FROM complaint WHERE tracking_code = ?", Long.class, code);
        var triaged = api.data(
                        "quanzhou-inspector",
                        "mutation($i: TriageComplaintInput!) { triageComplaint(input: $i) { complaint { version } errors { code } } }",
                        Map.of("i", Map.of("id", String.valueOf(id), "version", 1, "agencyId", String.valueOf(agency))))
                .path("triageComplaint");
        assertThat(triaged.path("complaint").path("version").asInt()).isEqualTo(2);
    }

    private int pending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE sent_at IS NULL", Integer.class);
    }

    /** Failed attempts recorded on pending rows: the relay tried while the server was stopped. */
    private int awaitFailedAttempts() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int attempts = 0;
        while (attempts == 0 && Instant.now().isBefore(deadline)) {
            attempts = jdbc.queryForObject(
                    "SELECT COALESCE(SUM(attempts), 0) FROM search_outbox WHERE sent_at IS NULL", Integer.class);
            sleep(200);
        }
        return attempts;
    }

    private void awaitOutboxDelivered(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (pending() > 0) {
            assertThat(Instant.now()).as("outbox delivered within %s", timeout).isBefore(deadline);
            sleep(200);
        }
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
