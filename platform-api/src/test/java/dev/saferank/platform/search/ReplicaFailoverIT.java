package dev.saferank.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import dev.saferank.platform.OwnDatabase;
import dev.saferank.platform.PlatformApplication;
import dev.saferank.platform.TestData;
import dev.saferank.platform.TestSecrets;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.servers.ElasticsearchCluster;
import dev.saferank.servers.spring.RealServersInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search with replicas (issue 18, point 3): a two-node Elasticsearch cluster on this machine (its own,
 * beside the build's single node), an application talking to both nodes. The indices are created with a
 * replica ({@code auto_expand_replicas}: one copy on each node). While reports are written (through the
 * outbox, as every change is) and searched without pause, one node is stopped: the other serves every
 * search after the failover, and afterwards the index holds every report of the tenant at its row's
 * version (none missing, none stale).
 *
 * <p>A database schema of the test's own ({@link OwnDatabase}): applications cached by other tests in
 * this JVM would deliver its outbox rows to the build's Elasticsearch.
 */
class ReplicaFailoverIT {

    private static final Logger log = LoggerFactory.getLogger(ReplicaFailoverIT.class);
    private static final String TENANT = "replica18";

    @Test
    void searchesGoOnAndNoDocumentIsMissingOrStaleWhenANodeStops() throws Exception {
        try (var database = new OwnDatabase("replicas");
                var cluster = ElasticsearchCluster.start(2, ElasticsearchCluster.defaultRunDir(), log::info);
                var app = application(cluster, database)) {
            var jdbc = app.getBean(JdbcTemplate.class);
            var client = app.getBean(ElasticsearchClient.class);
            var data = new TestData(jdbc, app.getBean(Schemes.class));
            data.tenant(TENANT);
            long agency = data.agency(TENANT, "副本测试机构", "evaluation");

            // before the stop: 50 reports written and indexed; the index has a replica on the other node
            for (int i = 0; i < 50; i++) {
                write(jdbc, agency, i);
            }
            awaitIndexed(jdbc, client, Duration.ofSeconds(90));
            List<Long> before =
                    jdbc.queryForList("SELECT id FROM report WHERE tenant_id = ? ORDER BY id", Long.class, TENANT);
            var health = client.cluster().health(h -> h.index("saferank-reports")
                    .waitForStatus(HealthStatus.Green)
                    .timeout(t -> t.time("90s")));
            assertThat(health.timedOut())
                    .as("index green within 90 s: %s", health)
                    .isFalse();
            assertThat(health.numberOfNodes()).isEqualTo(2);
            assertThat(health.activeShards()).as("primary and replica").isEqualTo(2);

            // searching without pause from now on
            AtomicBoolean searching = new AtomicBoolean(true);
            AtomicReference<Instant> failedOver = new AtomicReference<>();
            AtomicInteger searches = new AtomicInteger();
            AtomicInteger failedBefore = new AtomicInteger();
            List<String> failedAfter = new ArrayList<>();
            var searcher = CompletableFuture.runAsync(() -> {
                while (searching.get()) {
                    Instant started = Instant.now();
                    try {
                        var found = client.search(
                                s -> s.index("saferank-reports")
                                        .query(q ->
                                                q.term(t -> t.field("tenant_id").value(TENANT)))
                                        .trackTotalHits(t -> t.enabled(true))
                                        .size(5),
                                Map.class);
                        // an answer from part of the shards is a failure too (Elasticsearch answers 200
                        // with partial results), and so is one missing reports indexed before the stop
                        if (found.shards().failed().intValue() > 0) {
                            throw new IllegalStateException("partial results: " + found.shards());
                        }
                        long total = found.hits().total() == null
                                ? -1
                                : found.hits().total().value();
                        if (total < before.size()) {
                            throw new IllegalStateException(
                                    total + " hits, fewer than the " + before.size() + " reports indexed before");
                        }
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        Instant at = failedOver.get();
                        if (at != null && started.isAfter(at)) {
                            synchronized (failedAfter) {
                                failedAfter.add(e.toString());
                            }
                        } else {
                            failedBefore.incrementAndGet();
                        }
                    }
                }
            });

            int stopped = cluster.nonMaster();
            int written = 50;
            Instant until = Instant.now().plus(Duration.ofSeconds(6));
            while (Instant.now().isBefore(until)) {
                write(jdbc, agency, written++);
                Thread.sleep(20);
            }
            var copies = client.cat().shards(c -> c.index("saferank-reports")).shards().stream()
                    .map(shard -> shard.prirep() + "@" + shard.node())
                    .toList();
            log.info(
                    "stopping node-{} with {} reports written; copies of the index (p primary, r replica): {}",
                    stopped,
                    written,
                    copies);
            cluster.stop(stopped);
            // the cluster has noticed: one node left (asked of the node that stays, over the app's client)
            awaitNodes(client, 1);
            failedOver.set(Instant.now());
            until = Instant.now().plus(Duration.ofSeconds(8));
            while (Instant.now().isBefore(until)) {
                write(jdbc, agency, written++);
                // and changes of reports indexed before the stop (a stale copy would keep the old version)
                long changed = before.get(written % before.size());
                jdbc.update(
                        "UPDATE report SET title = CONCAT(title, '（修订）'), version = version + 1"
                                + " WHERE tenant_id = ? AND id = ?",
                        TENANT,
                        changed);
                jdbc.update(
                        "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id) VALUES ('report', ?, ?)",
                        TENANT,
                        changed);
                Thread.sleep(20);
            }
            awaitIndexed(jdbc, client, Duration.ofSeconds(120));
            Thread.sleep(1000);
            searching.set(false);
            searcher.get();
            log.info(
                    "{} reports written, {} searches succeeded; failed while the node was leaving: {},"
                            + " after the failover: {}",
                    written,
                    searches.get(),
                    failedBefore.get(),
                    failedAfter.size());
            assertThat(failedAfter).as("searches failed after the failover").isEmpty();
            assertThat(searches.get()).isPositive();
        }
    }

    private static ConfigurableApplicationContext application(ElasticsearchCluster cluster, OwnDatabase database) {
        String urls = String.join(",", cluster.urls());
        ApplicationContextInitializer<ConfigurableApplicationContext> toCluster = context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("es-cluster", Map.of("saferank.es.url", urls)));
        return new SpringApplicationBuilder(PlatformApplication.class)
                .profiles("test")
                // the build's servers, then this cluster instead of the build's Elasticsearch
                .initializers(new RealServersInitializer(), new TestSecrets(), database.initializer(), toCluster)
                .run("--server.port=0", "--saferank.node.name=replica-test");
    }

    private static void write(JdbcTemplate jdbc, long agency, int n) {
        jdbc.update(
                "INSERT INTO report (tenant_id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES (?, ?, ?, 'evaluation', ?, '2023-06-01', ?, 'text', 'test')",
                TENANT,
                agency,
                "副本企业" + n,
                "副本报告" + n,
                "储罐区安全评价正文 " + n);
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)"
                        + " SELECT 'report', ?, MAX(id) FROM report WHERE tenant_id = ?",
                TENANT,
                TENANT);
    }

    /** Waits until the outbox has no pending row of the tenant, then checks the index equals the table. */
    private static void awaitIndexed(JdbcTemplate jdbc, ElasticsearchClient client, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (jdbc.queryForObject(
                                "SELECT COUNT(*) FROM search_outbox WHERE entity_tenant = ? AND sent_at IS NULL",
                                Integer.class,
                                TENANT)
                        > 0
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        client.indices().refresh(r -> r.index("saferank-reports"));
        Map<Long, Long> inMySql = new TreeMap<>();
        jdbc.query(
                "SELECT id, version FROM report WHERE tenant_id = ?",
                row -> {
                    inMySql.put(row.getLong(1), row.getLong(2));
                },
                TENANT);
        Map<Long, Long> inIndex = new TreeMap<>();
        client.search(
                        s -> s.index("saferank-reports")
                                .size(10_000)
                                .version(true)
                                .source(src -> src.fetch(false))
                                .query(q -> q.term(t -> t.field("tenant_id").value(TENANT))),
                        Void.class)
                .hits()
                .hits()
                .forEach(hit -> inIndex.put(Long.parseLong(hit.id()), hit.version()));
        assertThat(inIndex).as("documents and versions of the tenant's reports").isEqualTo(inMySql);
    }

    private static void awaitNodes(ElasticsearchClient client, int nodes) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            try {
                if (client.cluster().health().numberOfNodes() == nodes) {
                    return;
                }
            } catch (Exception leaving) {
                // the node being stopped may still be asked
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the cluster did not drop to " + nodes + " node(s)");
    }
}
