package dev.saferank.platform.outbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.saferank.platform.OwnDatabase;
import dev.saferank.platform.PlatformApplication;
import dev.saferank.platform.TestSecrets;
import dev.saferank.platform.measurement.Api;
import dev.saferank.servers.RabbitVirtualHost;
import dev.saferank.servers.RatingWorkers;
import dev.saferank.servers.TestServers;
import dev.saferank.servers.Waiting;
import dev.saferank.servers.spring.RealServersInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deployment of the platform for {@link AllTogetherIT}, on a database schema of its own ({@link OwnDatabase})
 * and Elasticsearch indices of its own (an index prefix): either one API node doing everything in its process
 * (no broker), or a cluster of API nodes (whole applications in this JVM, each on its own port) whose rating
 * workers claim the runs and send their partitions over RabbitMQ — a virtual host of its own, made with
 * rabbitmqctl and deleted after — to batch-jobs worker processes ({@code java -jar batch-jobs-…-exec.jar}, each
 * a JVM of its own). Requests go to the API nodes in turn, as a round-robin load balancer sends them.
 */
final class Deployment implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Deployment.class);

    final String name;
    private final OwnDatabase database;
    private final String indexPrefix;
    private RabbitVirtualHost vhost;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private RatingWorkers workers;
    private final AtomicInteger turn = new AtomicInteger();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private Deployment(String name) {
        this.name = name;
        this.database = new OwnDatabase("together_" + name);
        this.indexPrefix = "saferank-together-" + ProcessHandle.current().pid() + "-" + name + "-";
    }

    /** One API node, everything in its process: the rating partitions on local threads, no broker. */
    static Deployment single() {
        var deployment = new Deployment("single");
        try {
            deployment.nodes.add(deployment.node("single-node", true));
            return deployment;
        } catch (RuntimeException e) {
            deployment.close();
            throw e;
        }
    }

    /**
     * The start of a cluster: its first API node (it migrates the schema and onboards the cities) and {@code
     * workers} batch-jobs worker processes launched, which take a JVM's start to be ready; {@link #ready} starts
     * the other API nodes and waits for the workers. The API nodes claim runs and manage them (remote
     * partitioning on, running no partition themselves); the workers run the partitions.
     */
    static Deployment cluster(int workerCount) throws Exception {
        var deployment = new Deployment("cluster");
        try {
            // fails loudly when RabbitMQ (or rabbitmqctl) is missing
            deployment.vhost = RabbitVirtualHost.create("saferank-it-together-");
            deployment.nodes.add(deployment.node("api-1", true));
            deployment.workers = deployment.workers();
            for (int w = 1; w <= workerCount; w++) {
                deployment.workers.start("worker-" + w);
            }
            return deployment;
        } catch (Exception | Error e) {
            deployment.close();
            throw e;
        }
    }

    /** Starts API nodes up to {@code apiNodes} and waits until every worker consumes the partition queue. */
    void ready(int apiNodes) {
        for (int n = nodes.size() + 1; n <= apiNodes; n++) {
            nodes.add(node("api-" + n, false));
        }
        workers.awaitConsumers(Duration.ofMinutes(6));
    }

    /** The next API node's GraphQL endpoint, in turn. */
    Api api() {
        return new Api(nextPort());
    }

    /** The next API node's port, in turn (for anonymous requests). */
    int nextPort() {
        var node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
        requests.computeIfAbsent(node.getEnvironment().getProperty("saferank.node.name"), n -> new AtomicInteger())
                .incrementAndGet();
        return port(node);
    }

    List<Integer> ports() {
        return nodes.stream().map(Deployment::port).toList();
    }

    /** Requests sent to each API node, by node name. */
    Map<String, Integer> requestsPerNode() {
        Map<String, Integer> counts = new TreeMap<>();
        requests.forEach((node, count) -> counts.put(node, count.get()));
        return counts;
    }

    JdbcTemplate jdbc() {
        return nodes.getFirst().getBean(JdbcTemplate.class);
    }

    ElasticsearchClient elasticsearch() {
        return nodes.getFirst().getBean(ElasticsearchClient.class);
    }

    /** The full name of one of this deployment's indices ({@code ratings} → its prefix + ratings). */
    String index(String indexName) {
        return indexPrefix + indexName;
    }

    <T> T bean(Class<T> type) {
        return nodes.getFirst().getBean(type);
    }

    /** Waits until every outbox row of this deployment has been delivered. */
    void awaitOutboxDelivered(Duration timeout) {
        Waiting.until(
                timeout,
                "outbox rows of " + name + " delivered",
                () -> jdbc().queryForObject("SELECT COUNT(*) FROM search_outbox WHERE sent_at IS NULL", Integer.class)
                        == 0);
    }

    private ConfigurableApplicationContext node(String nodeName, boolean onboard) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--saferank.node.name=" + nodeName,
                "--saferank.search.index-prefix=" + indexPrefix,
                // production's wait for Elasticsearch, not the test profile's 3 s (made for NothingLostIT's stopped
                // server): on the loaded build machine a search or the index's creation took longer
                "--saferank.search.response-timeout=30s",
                // every node claims queued runs and publications (the test profile turns both workers off)
                "--saferank.rating.worker.enabled=true",
                "--saferank.rating.worker.poll-interval=300ms",
                "--saferank.rating.partitions=4",
                "--saferank.publication.worker.enabled=true",
                "--saferank.publication.worker.poll-ms=300"));
        if (onboard) {
            // the seed cities onboarded as an operator does: tenant rows, districts, schemes, calendars
            arguments.add("--saferank.seed-tenants=true");
        }
        if (vhost != null) {
            arguments.add("--saferank.rating.remote.enabled=true");
            arguments.add("--saferank.rating.remote.worker=false"); // a manager only: the workers run partitions
            arguments.addAll(vhost.arguments());
        }
        var started = Instant.now();
        var node = new SpringApplicationBuilder(PlatformApplication.class)
                .profiles("test")
                .initializers(new RealServersInitializer(), new TestSecrets(), database.initializer())
                .run(arguments.toArray(String[]::new));
        // a node fetches Keycloak's keys on its first token; on a loaded machine that first fetch timed out
        signedIn(new Api(port(node)));
        log.info(
                "{}: API node {} on port {} started in {} s",
                name,
                nodeName,
                port(node),
                Duration.between(started, Instant.now()).toSeconds());
        return node;
    }

    /** batch-jobs worker processes, as deployed: take partitions from the queue, claim no runs of their own. */
    private RatingWorkers workers() throws IOException {
        var servers = TestServers.endpoints();
        return new RatingWorkers(
                List.of(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-Xmx384m",
                        "-jar",
                        applicationJar().toString()),
                List.of(
                        "saferank.db.url=" + nodes.getFirst().getEnvironment().getProperty("saferank.db.url"),
                        "saferank.db.username=" + servers.dbUsername(),
                        "saferank.db.password=" + (servers.dbPassword() == null ? "" : servers.dbPassword())),
                vhost,
                Path.of("target", "all-together"));
    }

    /** The batch-jobs application as deployed (its -exec jar, built by the reactor before this module). */
    private static Path applicationJar() throws IOException {
        Path target = Path.of("..", "batch-jobs", "target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(p -> {
                        String file = p.getFileName().toString();
                        return file.startsWith("batch-jobs-") && file.endsWith("-exec.jar");
                    })
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException(
                                    "no batch-jobs application jar in " + target.toAbsolutePath()
                                            + ": build with -am (./mvnw -pl platform-api -am verify …) so that batch-jobs is packaged"));
        }
    }

    /** A signed-in request that succeeds, tried up to five times. */
    private static void signedIn(Api api) {
        for (int attempt = 1; ; attempt++) {
            try {
                api.data("quanzhou-admin", "{ __typename }", Map.of());
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
        if (!nodes.isEmpty()) {
            try {
                var client = elasticsearch();
                var indices = client.indices()
                        .get(g -> g.index(indexPrefix + "*"))
                        .indices()
                        .keySet();
                for (String index : indices) {
                    client.indices().delete(d -> d.index(index));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("{}: indices {}* not deleted: {}", name, indexPrefix, e.toString());
            }
        }
        for (var node : nodes.reversed()) {
            node.close();
        }
        if (vhost != null) {
            try {
                vhost.close();
            } catch (Exception | AssertionError e) {
                log.warn("{}: virtual host {} not deleted: {}", name, vhost, e.toString());
            }
        }
        database.close();
    }
}
