package dev.saferank.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.abuse.ConcurrentFilings;
import dev.saferank.platform.isolation.ProbeDocuments;
import dev.saferank.platform.scheme.Schemes;
import graphql.schema.GraphQLFieldDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten thousand generated bad requests: malformed bodies, wrong content types, wrong types, out-of-range and
 * oversize values against every query and mutation of the schema, depth and alias bombs, alias floods (and
 * repeated root fields) of searches, previews, what-ifs and introspection, and bursts of twenty concurrent
 * complaint filings from one address. None may cause a server error (a 5xx or an INTERNAL_ERROR: bad input is
 * the caller's problem and must be named as such) or show a stack trace, a class name or SQL; a mutation
 * answered with an error writes nothing; each burst of filings is exactly five complaints.
 *
 * <p>Fast enough for every build (about a minute on a quiet 2-core machine, see the log line {@code fuzz:}):
 * request {@code i} is generated from its own seed ({@link #SEED} + i), so clients generate their requests in
 * parallel and a failing one is reproduced from its number alone; requests that cannot write (queries, broken
 * bodies, bombs) are sent by {@link #READERS} clients at once; mutations go through one writer lane beside
 * them that counts the platform's rows (a table list read once, one statement) after each group of ten, and
 * pins a write down to its request when a group's count changed ({@link #settle}), so that a refused mutation
 * that wrote a row is caught. Anonymous requests come from many client addresses, as the public's do
 * (one address would meet the anonymous rate limit, tested on its own in AnonymousRateLimitIT).
 */
@RealServersTest
class BadInputFuzzIT {

    private static final Logger log = LoggerFactory.getLogger(BadInputFuzzIT.class);
    private static final long SEED = 2026_11_22L;
    private static final int REQUESTS = 10_000;
    /** Every this many requests, twenty concurrent filings from one fresh address (counted among them). */
    private static final int BURST_EVERY = 500;

    private static final int BURST = 20;
    /** Clients sending the requests that cannot write, beside the writer lane. */
    private static final int READERS = 3;
    /** Mutations of the writer lane checked by one row count (most are refused and write nothing). */
    private static final int GROUP = 10;

    private static final List<String> CALLERS =
            List.of("quanzhou-admin", "quanzhou-inspector", "quanzhou-agency", "anonymous");
    /** What must never reach a client: Java, Spring, MyBatis or SQL speaking. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|javax\\.|jakarta\\.|org\\.springframework|org\\.apache|mybatis|\\bat dev\\.|"
                    + "SQLSyntax|SQLState|MariaDB|MySQL|\\bSELECT\\b|\\bINSERT INTO\\b|\\bUPDATE \\w+ SET\\b|Caused by",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    private List<GraphQLFieldDefinition> queries;
    private List<GraphQLFieldDefinition> mutations;
    private GraphQlHttp http;
    private String countRows;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicLong counting = new AtomicLong();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger rowCounts = new AtomicInteger();

    /** One generated request: who sends it, what, and whether it may write. */
    private record Request(int number, String caller, int kind, RandomGenerator random) {

        boolean mayWrite() {
            return kind >= 8;
        }
    }

    @Test
    void badRequestsGetClearErrorsNeverServerErrorsAndWriteNothing() throws Exception {
        new TestData(jdbc, schemes).tenant("quanzhou"); // the city the bursts of filings complain to
        queries = graphQl.schema().getQueryType().getFieldDefinitions();
        mutations = graphQl.schema().getMutationType().getFieldDefinitions();
        http = new GraphQlHttp(port);
        countRows = countStatement();
        CALLERS.stream().filter(c -> !c.equals("anonymous")).forEach(KeycloakTokens::accessToken);

        // which requests write is known from their seeds alone: readers and the writer lane split them
        List<Integer> reads = new ArrayList<>();
        List<Integer> writes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            if (i % BURST_EVERY == BURST_EVERY - BURST) {
                writes.add(i); // a burst: requests i … i+19
                i += BURST - 1;
            } else {
                (request(i).mayWrite() ? writes : reads).add(i);
            }
        }
        long start = System.nanoTime();
        int bursts;
        try (ExecutorService clients = Executors.newFixedThreadPool(READERS + 1)) {
            var go = new CountDownLatch(1);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int lane = r;
                readers.add(clients.submit(() -> {
                    go.await();
                    for (int k = lane; k < reads.size(); k += READERS) {
                        send(request(reads.get(k)), false);
                    }
                    return null;
                }));
            }
            Future<Integer> writer = clients.submit(() -> {
                go.await();
                int burstCount = 0;
                long rows = rowCount();
                Map<Integer, String> group = new java.util.LinkedHashMap<>();
                for (int i : writes) {
                    if (i % BURST_EVERY == BURST_EVERY - BURST) {
                        rows = settle(group, rows);
                        burstOfFilings(i);
                        burstCount++;
                        sent.addAndGet(BURST);
                        rows = rowCount();
                    } else {
                        String refused = send(request(i), false);
                        group.put(i, refused); // null: accepted
                        if (group.size() == GROUP) {
                            rows = settle(group, rows);
                        }
                    }
                }
                settle(group, rows);
                return burstCount;
            });
            go.countDown();
            for (Future<?> reader : readers) {
                reader.get();
            }
            bursts = writer.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int counts = rowCounts.get();
        log.info(
                "fuzz: {} requests (seed {}) in {} s ({} from {} readers, {} mutations and {} bursts of {} concurrent"
                        + " filings in the writer lane; {} row counts, {} ms each on average), {} answered with"
                        + " errors, {} problems; load average {}",
                REQUESTS,
                SEED,
                String.format("%.1f", seconds),
                reads.size(),
                READERS,
                writes.size() - bursts,
                bursts,
                BURST,
                counts,
                String.format("%.1f", counting.get() / 1e6 / counts),
                rejected.get(),
                failures.size(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());

        assertThat(failures).isEmpty();
        assertThat(bursts).isEqualTo(REQUESTS / BURST_EVERY);
        assertThat(reads.size() + writes.size() - bursts + bursts * BURST).isEqualTo(REQUESTS);
        assertThat(rejected.get())
                .as("requests answered with an error")
                .isGreaterThan((REQUESTS - bursts * BURST) * 9 / 10);
    }

    /** Request {@code i}, generated from its own seed: the same on every run and in every thread. */
    private static Request request(int i) {
        RandomGenerator random =
                RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(SEED + i);
        String caller = CALLERS.get(random.nextInt(CALLERS.size()));
        return new Request(i, caller, random.nextInt(12), random);
    }

    /**
     * The mutations of a group sent one after the other (at most {@link #GROUP}) are checked by one row count:
     * unchanged, none wrote; changed with every answer an error, one of them wrote; changed while one was
     * accepted (it may write), each refused one is sent again alone between two counts (the requests are
     * generated from their numbers, the same again). Returns the row count after the group.
     */
    private long settle(Map<Integer, String> group, long rowsBefore) {
        if (group.isEmpty()) {
            return rowsBefore;
        }
        long after = rowCount();
        if (after != rowsBefore) {
            if (!group.containsValue(null)) {
                failures.add("#" + group.keySet() + " answered with errors but wrote " + (after - rowsBefore)
                        + " rows: " + group.values());
            } else {
                for (var refused : group.entrySet()) {
                    if (refused.getValue() != null) {
                        long before = rowCount();
                        String again = send(request(refused.getKey()), true);
                        long then = rowCount();
                        if (again != null && then != before) {
                            failures.add("#" + refused.getKey() + " answered with an error but wrote " + (then - before)
                                    + " rows: " + again);
                        }
                    }
                }
                after = rowCount();
            }
        }
        group.clear();
        return after;
    }

    /**
     * Sends one request and checks its answer; the answer (abbreviated) when it is an error, else null. A
     * request sent again (a group's check) is not counted twice.
     */
    private String send(Request request, boolean again) {
        RandomGenerator random = request.random();
        String token = request.caller().equals("anonymous") ? null : KeycloakTokens.accessToken(request.caller());
        var from = token == null ? http.from("192.0.2." + random.nextInt(256) + "-" + request.number()) : http;
        GraphQlHttp.Response response =
                switch (request.kind()) {
                    case 0 -> from.postRaw("application/json", Malformed.body(random), token);
                    case 1 ->
                        from.postRaw(Malformed.contentType(random), "{\"query\":\"{ viewer { username } }\"}", token);
                    case 2, 3, 4 -> from.post(Malformed.bomb(random), token);
                    case 5, 6, 7 ->
                        from.post(
                                new ProbeDocuments(new BadValues(random))
                                        .document("query", queries.get(random.nextInt(queries.size()))),
                                token);
                    default ->
                        from.post(
                                new ProbeDocuments(new BadValues(random))
                                        .document("mutation", mutations.get(random.nextInt(mutations.size()))),
                                token);
                };
        String text = response.body().toString() + " " + response.wwwAuthenticate();
        boolean error = response.status() >= 400 || text.contains("\"errors\":[{");
        if (error && !again) {
            rejected.incrementAndGet();
        }
        if (!again && sent.incrementAndGet() % 1_000 == 0) {
            log.info("fuzz: {} of {} requests sent, {} problems so far", sent.get(), REQUESTS, failures.size());
        }
        String at = "#" + request.number() + " (" + request.caller() + ")";
        if (response.status() >= 500 || text.contains("INTERNAL_ERROR")) {
            failures.add(at + " status " + response.status() + ": " + abbreviated(text));
        }
        var internal = INTERNALS.matcher(text);
        if (internal.find()) {
            failures.add(at + " shows '" + internal.group() + "': " + abbreviated(text));
        }
        return error ? "(" + request.caller() + ") " + abbreviated(text) : null;
    }

    /** Twenty filings at once from a fresh address: five accepted, fifteen refused by the limit, no 5xx. */
    private void burstOfFilings(int i) throws InterruptedException {
        String address = "203.0.113." + (i / BURST_EVERY) + "-fuzz-" + Long.toString(System.nanoTime(), 36);
        String subject = "模糊测试并发投诉 " + address;
        var from = http.from(address);
        var go = new CountDownLatch(1);
        List<GraphQlHttp.Response> answers = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService filers = Executors.newFixedThreadPool(BURST)) {
            for (int f = 0; f < BURST; f++) {
                filers.submit(() -> {
                    go.await();
                    answers.add(from.post(
                            ConcurrentFilings.FILE, Map.of("input", ConcurrentFilings.complaint(subject)), null));
                    return null;
                });
            }
            go.countDown();
        }
        long accepted = answers.stream()
                .filter(a -> a.body()
                        .path("data")
                        .path("fileComplaint")
                        .path("trackingCode")
                        .isString())
                .count();
        Integer stored =
                jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE subject = ?", Integer.class, subject);
        if (accepted != 5 || stored == null || stored != 5) {
            failures.add("#" + i + " burst: " + accepted + " of " + BURST + " concurrent filings accepted and " + stored
                    + " stored, not 5");
        }
        for (var answer : answers) {
            String text = answer.body().toString();
            if (answer.status() >= 500
                    || text.contains("INTERNAL_ERROR")
                    || INTERNALS.matcher(text).find()) {
                failures.add("#" + i + " burst: status " + answer.status() + ": " + abbreviated(text));
            }
        }
    }

    /** The platform's rows, in one statement over the tables listed once. */
    private long rowCount() {
        long start = System.nanoTime();
        Long rows = jdbc.queryForObject(countRows, Long.class);
        counting.addAndGet(System.nanoTime() - start);
        rowCounts.incrementAndGet();
        return rows == null ? 0 : rows;
    }

    private String countStatement() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE'"
                        + " AND table_name NOT LIKE 'BATCH%' AND table_name <> 'flyway_schema_history'"
                        // bookkeeping, not data a request wrote: the per-address request counters (V180)
                        // count every anonymous request, refused or not; the audit trail records every refused
                        // privileged action (issue 16 point 3: a refusal is recorded, AuditLogIT checks it)
                        + " AND table_name NOT IN ('client_limit', 'audit_record', 'audit_chain_head')",
                String.class);
        return "SELECT "
                + String.join(
                        " + ",
                        tables.stream()
                                .map(t -> "(SELECT COUNT(*) FROM `" + t + "`)")
                                .toList());
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
