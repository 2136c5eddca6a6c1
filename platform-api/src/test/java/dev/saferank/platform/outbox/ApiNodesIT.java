package dev.saferank.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.saferank.platform.OwnDatabase;
import dev.saferank.platform.PlatformApplication;
import dev.saferank.platform.TestData;
import dev.saferank.platform.TestSecrets;
import dev.saferank.platform.complaint.PublicHttp;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.servers.spring.RealServersInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two API nodes in one JVM (two whole applications, each on its own port, one database and one
 * Elasticsearch), as two machines behind a load balancer: the outbox relays split the due rows and
 * deliver each once; a node that claimed rows and died leaves them to the other after the lease; the
 * copied-report check (a scheduled task under ShedLock) checks each queued report once across both;
 * idempotency keys and the complaint rate limit hold across nodes (both live in the database).
 *
 * <p>The nodes use a database schema of the test's own ({@link OwnDatabase}): applications cached by
 * other tests in this JVM poll the build's schema and would take part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiNodesIT {

    private static final Logger log = LoggerFactory.getLogger(ApiNodesIT.class);
    private static final String TENANT = "scaleout18";
    /**
     * A short lease, so that a dead node's rows are due again within the test; longer than a delivery
     * can take (the test profile's search response timeout is 3 s: with a lease of 3 s a delivery slowed
     * by a loaded machine outlived its lease and 5 rows of 2,000 were delivered twice).
     */
    private static final Duration LEASE = Duration.ofSeconds(10);

    /** A low anonymous limit, so that the test fills it from both nodes within one minute's window. */
    private static final int ANONYMOUS_PER_MINUTE = 12;

    private OwnDatabase database;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private JdbcTemplate jdbc;
    private long agency;

    @BeforeAll
    void startTwoNodes() {
        database = new OwnDatabase("nodes");
        nodeA = node("node-a", true);
        nodeB = node("node-b", true);
        jdbc = nodeA.getBean(JdbcTemplate.class);
        var data = new TestData(jdbc, nodeA.getBean(Schemes.class));
        data.tenant(TENANT);
        agency = data.agency(TENANT, "扩容测试机构", "evaluation");
    }

    @AfterAll
    void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoNodesDeliverEveryOutboxRowOnceAndSplitTheWork() throws Exception {
        int n = 2000;
        List<Long> reports = reports(n, "两节点");
        // the rows are written not yet due, then made due at once: both relays find them together
        List<Long> rows = outboxRows(reports, "TIMESTAMPADD(HOUR, 1, CURRENT_TIMESTAMP(3))");
        jdbc.update(
                "UPDATE search_outbox SET next_attempt_at = CURRENT_TIMESTAMP(3) WHERE id BETWEEN ? AND ?",
                rows.getFirst(),
                rows.getLast());

        awaitSent(rows, Duration.ofSeconds(240));

        // every row delivered exactly once in total
        Map<Integer, Integer> byDeliveries = new HashMap<>();
        jdbc.query(
                "SELECT deliveries, COUNT(*) FROM search_outbox WHERE id BETWEEN ? AND ? GROUP BY deliveries",
                row -> {
                    byDeliveries.put(row.getInt(1), row.getInt(2));
                },
                rows.getFirst(),
                rows.getLast());
        assertThat(byDeliveries).isEqualTo(Map.of(1, n));
        // and both nodes took a share
        Map<String, Integer> byNode = new HashMap<>();
        jdbc.query(
                "SELECT claimed_by, COUNT(*) FROM search_outbox WHERE id BETWEEN ? AND ? GROUP BY claimed_by",
                row -> {
                    byNode.put(row.getString(1), row.getInt(2));
                },
                rows.getFirst(),
                rows.getLast());
        log.info("{} outbox rows delivered once each; rows per node: {}", n, byNode);
        assertThat(byNode.getOrDefault("node-a", 0)).isPositive();
        assertThat(byNode.getOrDefault("node-b", 0)).isPositive();
        // and the documents are there
        assertThat(indexed(reports)).isEqualTo(n);
    }

    @Test
    void rowsANodeClaimedBeforeItDiedAreDeliveredByAnotherAfterTheLease() throws Exception {
        // node C polls never on its own: the test makes it claim, then it stops without delivering,
        // as a node killed right after its claim committed
        var nodeC = node("node-c", false);
        // more rows than A and B claim in a round (2 × 100), so that C, claiming right after they are
        // made due, gets most of them
        List<Long> reports = reports(400, "节点宕机");
        List<Long> rows = outboxRows(reports, "TIMESTAMPADD(HOUR, 1, CURRENT_TIMESTAMP(3))");
        List<OutboxRows.Pending> claimed;
        Instant claimedAt;
        var table = nodeC.getBean(OutboxRows.class);
        // made due and claimed at once by C (A and B poll every 200 ms: they may take some first)
        jdbc.update(
                "UPDATE search_outbox SET next_attempt_at = CURRENT_TIMESTAMP(3) WHERE id BETWEEN ? AND ?",
                rows.getFirst(),
                rows.getLast());
        claimed = table.claim(1000, "node-c", LEASE.toMillis()).stream()
                .filter(p -> p.id() >= rows.getFirst() && p.id() <= rows.getLast())
                .toList();
        claimedAt = Instant.now();
        nodeC.close();
        assertThat(claimed).as("rows node C claimed").isNotEmpty();
        List<Long> claimedIds = claimed.stream().map(OutboxRows.Pending::id).toList();

        // nobody delivers C's rows while its lease lasts
        Thread.sleep(LEASE.toMillis() / 2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE sent_at IS NOT NULL AND id IN (" + in(claimedIds)
                                + ")",
                        Integer.class))
                .isZero();

        awaitSent(rows, Duration.ofSeconds(240));
        log.info(
                "node C claimed {} of {} rows and died; delivered {} ms after the claim",
                claimed.size(),
                rows.size(),
                Duration.between(claimedAt, Instant.now()).toMillis());
        jdbc.query(
                "SELECT id, claimed_by, deliveries, sent_at FROM search_outbox WHERE id IN (" + in(claimedIds) + ")",
                row -> {
                    assertThat(row.getString(2)).as("row %s", row.getLong(1)).isIn("node-a", "node-b");
                    assertThat(row.getInt(3)).as("row %s", row.getLong(1)).isEqualTo(1);
                });
        assertThat(indexed(reports)).isEqualTo(reports.size());
    }

    @Test
    void theCopiedReportCheckRunsOnOneNodeAtATimeAndChecksEachReportOnce() {
        List<Long> reports = reports(300, "查重");
        jdbc.batchUpdate(
                "INSERT INTO report_similarity_queue (entity_tenant, report_id) VALUES (?, ?)",
                reports.stream().map(id -> new Object[] {TENANT, id}).toList());
        long first = jdbc.queryForObject(
                "SELECT MIN(id) FROM report_similarity_queue WHERE entity_tenant = ? AND report_id = ?",
                Long.class,
                TENANT,
                reports.getFirst());
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (jdbc.queryForObject(
                                "SELECT COUNT(*) FROM report_similarity_queue WHERE id >= ? AND entity_tenant = ?"
                                        + " AND done_at IS NULL",
                                Integer.class,
                                first,
                                TENANT)
                        > 0
                && Instant.now().isBefore(until)) {
            sleep(200);
        }
        Map<Integer, Integer> byChecks = new HashMap<>();
        jdbc.query(
                "SELECT checks, COUNT(*) FROM report_similarity_queue WHERE id >= ? AND entity_tenant = ?"
                        + " GROUP BY checks",
                row -> {
                    byChecks.put(row.getInt(1), row.getInt(2));
                },
                first,
                TENANT);
        log.info("copied-report checks per queued report: {}", byChecks);
        assertThat(byChecks).isEqualTo(Map.of(1, reports.size()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'report-similarity'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aCampaignRatingDateQueuesItsRunOnceAcrossNodes() {
        // a year of the test's own (its database schema is its own too), with quanzhou's scheme re-dated
        int year = 2076;
        var data = new TestData(jdbc, nodeA.getBean(Schemes.class));
        data.activeSeedSchemeFor("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", year);
        data.agency("quanzhou", "泉州扩容日程测试机构", "evaluation");
        jdbc.update(
                "INSERT INTO campaign (tenant_id, year, rating_date, updated_by) VALUES ('quanzhou', ?, NULL, 'test')",
                year);
        // both nodes' rating workers look at the calendar every 200 ms: the date becomes today for both at once
        jdbc.update("UPDATE campaign SET rating_date = CURRENT_DATE WHERE tenant_id = 'quanzhou' AND year = ?", year);
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (runsOf(year) == 0 && Instant.now().isBefore(until)) {
            sleep(100);
        }
        // several more looks by both nodes (the run, once finished, no longer holds the guard)
        sleep(3000);
        List<Map<String, Object>> runs = jdbc.queryForList(
                "SELECT requested_by, run_version FROM rating_run WHERE tenant_id = 'quanzhou' AND year = ?", year);
        log.info("runs queued by the calendar of quanzhou {}: {}", year, runs);
        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst()).containsEntry("requested_by", "schedule");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM change_history WHERE tenant_id = 'quanzhou' AND entity_type = 'ratingRun'"
                                + " AND action = 'queued' AND snapshot LIKE ?",
                        Integer.class,
                        "{\"year\":" + year + ",%"))
                .isEqualTo(1);
    }

    private int runsOf(int year) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rating_run WHERE tenant_id = 'quanzhou' AND year = ?", Integer.class, year);
    }

    @Test
    void anIdempotencyKeyHoldsAcrossNodes() {
        var data = new TestData(jdbc, nodeA.getBean(Schemes.class));
        data.tenant("quanzhou");
        long quanzhouAgency = data.agency("quanzhou", "泉州扩容幂等测试机构", "evaluation");
        var input = new HashMap<String, Object>();
        input.put("agencyId", String.valueOf(quanzhouAgency));
        input.put("enterprise", "泉州两节点企业");
        input.put("type", "evaluation");
        input.put("title", "两节点提交的评价报告");
        input.put("issuedOn", "2023-06-30");
        input.put("signatories", List.of(Map.of("name", "陈评价")));
        input.put("body", "正文");
        input.put("idempotencyKey", "two-nodes-" + System.nanoTime());
        String upload =
                "mutation($i: UploadReportInput!) { uploadReport(input: $i) { report { id } errors { code } } }";
        // each node fetches Keycloak's keys on its first token; on a loaded machine that first fetch timed out
        for (var node : List.of(nodeA, nodeB)) {
            signedIn(new Api(port(node)));
        }
        JsonNode payloadA = new Api(port(nodeA))
                .data("quanzhou-inspector", upload, Map.of("i", input))
                .path("uploadReport");
        assertThat(payloadA.path("errors").size()).as("node A: %s", payloadA).isZero();
        JsonNode payloadB = new Api(port(nodeB))
                .data("quanzhou-inspector", upload, Map.of("i", input))
                .path("uploadReport");
        assertThat(payloadB.path("errors").size()).as("node B: %s", payloadB).isZero();
        String onA = payloadA.path("report").path("id").asString();
        String onB = payloadB.path("report").path("id").asString();
        assertThat(onB).isEqualTo(onA);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM report WHERE agency_id = ?", Integer.class, quanzhouAgency))
                .isEqualTo(1);
    }

    @Test
    void theComplaintRateLimitHoldsAcrossNodes() {
        var data = new TestData(jdbc, nodeA.getBean(Schemes.class));
        data.tenant("quanzhou");

        // five complaints an hour per address (ComplaintSettings.perHour), filed on either node
        String address = PublicHttp.uniqueAddress();
        String file =
                "mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { trackingCode errors { code message } } }";
        Map<String, Object> complaint = Map.of(
                "city", "quanzhou",
                "anonymous", true,
                "agencyName", "泉州扩容幂等测试机构",
                "subject", "两节点投诉",
                "body", "报告与现场情况不符");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var node = i % 2 == 0 ? nodeA : nodeB;
            JsonNode filed = new PublicHttp(port(node))
                    .post(address, file, Map.of("i", complaint))
                    .path("data")
                    .path("fileComplaint");
            assertThat(filed.path("errors").size()).as("%s", filed).isZero();
            codes.add(filed.path("trackingCode").asString());
        }
        for (var node : List.of(nodeA, nodeB)) {
            JsonNode refused = new PublicHttp(port(node))
                    .post(address, file, Map.of("i", complaint))
                    .path("data")
                    .path("fileComplaint");
            assertThat(refused.path("errors").path(0).path("code").asString()).isEqualTo("RATE_LIMITED");
            assertThat(refused.path("errors").path(0).path("message").asString())
                    .startsWith("提交过于频繁");
        }
        assertThat(codes).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void theAnonymousRequestLimitHoldsAcrossNodes() {
        // the limit counts fixed one-minute windows: start early in one, so that all the requests fall in it
        while (Instant.now().getEpochSecond() % 60 > 40) {
            sleep(500);
        }
        String address = PublicHttp.uniqueAddress();
        String query = "{ __typename }";
        // 12 a minute per address (ANONYMOUS_PER_MINUTE), sent alternately to node A and node B
        for (int i = 0; i < ANONYMOUS_PER_MINUTE; i++) {
            var node = i % 2 == 0 ? nodeA : nodeB;
            JsonNode answered = new PublicHttp(port(node)).post(address, query, Map.of());
            assertThat(answered.path("data").path("__typename").asString())
                    .as("request %d: %s", i + 1, answered)
                    .isEqualTo("Query");
        }
        // the 13th is refused on either node: a node alone has seen only six
        for (var node : List.of(nodeA, nodeB)) {
            JsonNode refused = new PublicHttp(port(node)).post(address, query, Map.of());
            assertThat(refused.path("errors")
                            .path(0)
                            .path("extensions")
                            .path("code")
                            .asString())
                    .as("%s", refused)
                    .isEqualTo("RATE_LIMITED");
            assertThat(refused.path("errors").path(0).path("message").asString())
                    .startsWith("请求过于频繁");
        }
        // another address is not held up by it
        JsonNode other = new PublicHttp(port(nodeB)).post(PublicHttp.uniqueAddress(), query, Map.of());
        assertThat(other.path("data").path("__typename").asString()).isEqualTo("Query");
    }

    /** A signed-in request that succeeds, tried up to five times. */
    private static void signedIn(Api api) {
        for (int attempt = 1; ; attempt++) {
            try {
                api.data("quanzhou-inspector", "{ __typename }", Map.of());
                return;
            } catch (AssertionError | RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                log.warn("signed-in request failed (attempt {}): {}", attempt, e.toString());
                sleep(2000);
            }
        }
    }

    private ConfigurableApplicationContext node(String name, boolean polling) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--saferank.node.name=" + name,
                "--saferank.outbox.lease=" + LEASE.toMillis() + "ms",
                "--saferank.outbox.batch-size=50",
                "--saferank.report-similarity.poll-interval=100ms",
                // the rating workers look at the campaign calendars (the test profile turns them off)
                "--saferank.rating.worker.enabled=" + polling,
                "--saferank.rating.worker.poll-interval=200ms",
                "--saferank.abuse.anonymous-per-minute=" + ANONYMOUS_PER_MINUTE));
        if (!polling) {
            arguments.add("--saferank.outbox.poll-interval=1h");
            arguments.add("--saferank.outbox.initial-delay=1h");
        }
        return new SpringApplicationBuilder(PlatformApplication.class)
                .profiles("test")
                .initializers(new RealServersInitializer(), new TestSecrets(), database.initializer())
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** Reports of the test's agency, written straight to the table (the outbox rows are the test's). */
    private List<Long> reports(int n, String title) {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM report", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {TENANT, agency, "扩容企业" + i, title + "报告" + i, "储罐区安全评价正文 " + i});
        }
        jdbc.batchUpdate(
                "INSERT INTO report (tenant_id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES (?, ?, ?, 'evaluation', ?, '2023-06-01', ?, 'text', 'test')",
                rows);
        return jdbc.queryForList(
                "SELECT id FROM report WHERE tenant_id = ? AND id > ? AND title LIKE ? ORDER BY id",
                Long.class,
                TENANT,
                before,
                title + "报告%");
    }

    /** One outbox row per report, due at {@code dueAt} (SQL); returns their ids in order. */
    private List<Long> outboxRows(List<Long> reports, String dueAt) {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM search_outbox", Long.class);
        jdbc.batchUpdate(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id, next_attempt_at)"
                        + " VALUES ('report', ?, ?, " + dueAt + ")",
                reports.stream().map(id -> new Object[] {TENANT, id}).toList());
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM search_outbox WHERE id > ? AND entity_tenant = ? AND entity_id IN (" + in(reports)
                        + ") ORDER BY id",
                Long.class,
                before,
                TENANT);
        assertThat(ids).hasSize(reports.size());
        assertThat(ids.getLast() - ids.getFirst()).isEqualTo(reports.size() - 1);
        return ids;
    }

    private void awaitSent(List<Long> rows, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        int pending;
        while ((pending = jdbc.queryForObject(
                                "SELECT COUNT(*) FROM search_outbox WHERE id BETWEEN ? AND ? AND sent_at IS NULL",
                                Integer.class,
                                rows.getFirst(),
                                rows.getLast()))
                        > 0
                && Instant.now().isBefore(until)) {
            sleep(200);
        }
        assertThat(pending).as("outbox rows still pending after %s", timeout).isZero();
    }

    private long indexed(List<Long> reports) throws java.io.IOException {
        var client = nodeA.getBean(ElasticsearchClient.class);
        client.indices().refresh(r -> r.index("saferank-reports"));
        List<String> ids = reports.stream().map(String::valueOf).toList();
        return client.count(c -> c.index("saferank-reports").query(q -> q.ids(i -> i.values(ids))))
                .count();
    }

    private static String in(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
