package dev.saferank.platform.searchbenchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.saferank.platform.RealServersTest;
import dev.saferank.rating.publication.PublicIndex;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public search under load (issue 18 point 5): a national index (333 cities × 150 agencies, written
 * and indexed through the platform's own path, {@link NationalIndex}), the public site's own queries in
 * a citizens' mix ({@link SearchMix}, each checked once first: {@link MixCheck}), sent by wrk in a
 * process of its own to {@code /graphql} of this app (security filters, the anonymous limit per
 * address, everything as deployed) at a few concurrency levels; per level the searches a second,
 * latencies, errors, and the CPU of the API, Elasticsearch and the database. Run with {@code
 * scripts/search-load-benchmark}; prints a summary (also in {@code
 * target/search-benchmark/summary.md}); fails only when a request of the mix is answered wrongly.
 */
@RealServersTest
// production's Elasticsearch timeout and relay interval, not the test profile's (3 s, 200 ms)
@TestPropertySource(properties = {"saferank.search.response-timeout=30s", "saferank.outbox.poll-interval=1s"})
class PublicSearchLoadBenchmark {

    static final String INDEX = "saferank-ratings";
    static final int CITIES = Integer.getInteger("benchmark.cities", 333);
    static final int AGENCIES = Integer.getInteger("benchmark.agenciesPerCity", 150);
    static final int DISTINCT = Integer.getInteger("benchmark.distinctRequests", 600);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    static final int WARM_UP = Integer.getInteger("benchmark.warmUpSeconds", 30);
    static final int[] CONNECTIONS = Arrays.stream(
                    System.getProperty("benchmark.connections", "4,16,64").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    static final Path OUTPUT = Path.of("target", "search-benchmark");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PublicIndex publicIndex;

    @Autowired
    ElasticsearchClient client;

    @Value("${saferank.es.url}")
    String esUrl;

    @Value("${saferank.db.url}")
    String dbUrl;

    @Test
    void publicSearchAtNationalSize() throws Exception {
        var progress = new Progress();
        var index = new NationalIndex(jdbc, transactions, publicIndex, client);
        var country = index.generate(CITIES, AGENCIES);
        long loading = System.nanoTime();
        index.load(country, progress);
        long documents = index.awaitIndexed(CITIES * AGENCIES, progress);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        progress.say("%,d public ratings indexed in %.0f s", documents, loadSeconds);

        var mix = new SearchMix(country);
        var check = new MixCheck(port);
        var requests = check.check(
                mix, mix.firstRequests(DISTINCT), DISTINCT * SearchMix.Kind.NEXT_PAGE.share / 100, progress);
        progress.say("%d requests of the mix answered and checked", requests.size());

        var wrk = new Wrk(
                port, OUTPUT, requests.stream().map(SearchMix.Request::body).toList());
        var servers = new LoadLevel.Servers(
                OptionalLong.of(ProcessHandle.current().pid()),
                ProcessTicks.listening(URI.create(esUrl.split(",")[0]).getPort()),
                ProcessTicks.listening(databasePort()));
        progress.say(
                "CPU read from: API pid %s, Elasticsearch pid %s, database pid %s",
                servers.api(), servers.elasticsearch(), servers.database());
        progress.say("warm-up: %d s at %d connections", WARM_UP, CONNECTIONS[CONNECTIONS.length / 2]);
        wrk.run(CONNECTIONS[CONNECTIONS.length / 2], WARM_UP, progress);
        List<LoadLevel> levels = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            progress.say("measuring %d s at %d connections", SECONDS, connections);
            levels.add(LoadLevel.measure(servers, connections, SECONDS, wrk, progress));
        }
        String summary = LoadSummary.of(CITIES, AGENCIES, documents, loadSeconds, check.tallies(), levels);
        System.out.println(summary);
        Files.writeString(OUTPUT.resolve("summary.md"), summary);
    }

    private int databasePort() {
        // jdbc:mysql://host:port/schema?…
        URI uri = URI.create(dbUrl.substring("jdbc:".length()));
        return uri.getPort() < 0 ? 3306 : uri.getPort();
    }
}
