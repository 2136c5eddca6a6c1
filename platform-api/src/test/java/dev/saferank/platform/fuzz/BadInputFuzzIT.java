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
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten thousand generated bad requests: malformed bodies, wrong types, out-of-range and oversize
 * values against every query and mutation, depth and alias bombs, alias floods of searches, previews,
 * what-ifs and introspection, and bursts of twenty concurrent complaint filings from one address. None
 * may cause a server error (a 5xx or an INTERNAL_ERROR: bad input is the caller's problem and must be
 * named as such) or show a stack trace, a class name or SQL; a mutation answered with an error writes
 * nothing; each burst of filings is exactly five complaints. Anonymous requests come from many client
 * addresses, as the public's do (one address would meet the anonymous rate limit, tested on its own).
 */
@RealServersTest
class BadInputFuzzIT {

    private static final Logger log = LoggerFactory.getLogger(BadInputFuzzIT.class);
    private static final long SEED = 2026_11_22L;
    private static final int REQUESTS = 10_000;
    /** Every this many requests, twenty concurrent filings from one fresh address (counted among them). */
    private static final int BURST_EVERY = 500;
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

    @Test
    void badRequestsGetClearErrorsNeverServerErrorsAndWriteNothing() {
        RandomGenerator random = java.util.random.RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom")
                .create(SEED);
        new TestData(jdbc, schemes).tenant("quanzhou"); // the city the bursts of filings complain to
        var documents = new ProbeDocuments(new BadValues(random));
        List<String> callers = List.of("quanzhou-admin", "quanzhou-inspector", "quanzhou-agency", "anonymous");
        Map<String, String> tokens = new java.util.HashMap<>();
        callers.forEach(c -> tokens.put(c, c.equals("anonymous") ? null : KeycloakTokens.accessToken(c)));
        List<GraphQLFieldDefinition> queries = graphQl.schema().getQueryType().getFieldDefinitions();
        List<GraphQLFieldDefinition> mutations =
                graphQl.schema().getMutationType().getFieldDefinitions();
        var http = new GraphQlHttp(port);
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        int bursts = 0;
        for (int i = 0; i < REQUESTS; i++) {
            if (i % BURST_EVERY == BURST_EVERY - 1) {
                bursts++;
                failures.addAll(burstOfFilings(i));
                i += 19; // twenty requests
                continue;
            }
            String token = tokens.get(callers.get(random.nextInt(callers.size())));
            var from = token == null ? http.from("192.0.2." + random.nextInt(256) + "-" + i) : http;
            int kind = random.nextInt(10);
            boolean mayWrite = kind >= 5;
            long before = mayWrite ? rowCount() : 0;
            GraphQlHttp.Response response =
                    switch (kind) {
                        case 0 -> from.postRaw("application/json", Malformed.body(random), token);
                        case 1 ->
                            from.postRaw(
                                    Malformed.contentType(random), "{\"query\":\"{ viewer { username } }\"}", token);
                        case 2 -> from.post(Malformed.bomb(random), token);
                        case 3, 4 ->
                            from.post(documents.document("query", queries.get(random.nextInt(queries.size()))), token);
                        default ->
                            from.post(
                                    documents.document("mutation", mutations.get(random.nextInt(mutations.size()))),
                                    token);
                    };
            String text = response.body().toString() + " " + response.wwwAuthenticate();
            boolean error = response.status() >= 400 || text.contains("\"errors\":[{");
            if (error) {
                rejected++;
            }
            if (response.status() >= 500 || text.contains("INTERNAL_ERROR")) {
                failures.add("#" + i + " status " + response.status() + ": " + abbreviated(text));
            }
            var internal = INTERNALS.matcher(text);
            if (internal.find()) {
                failures.add("#" + i + " shows '" + internal.group() + "': " + abbreviated(text));
            }
            if (mayWrite && error && rowCount() != before) {
                failures.add("#" + i + " answered with an error but wrote rows: " + abbreviated(text));
            }
        }
        log.info(
                "fuzz: {} requests (seed {}), {} bursts of 20 concurrent filings, {} answered with errors, {} problems",
                REQUESTS,
                SEED,
                bursts,
                rejected,
                failures.size());

        assertThat(failures).isEmpty();
        assertThat(bursts).isEqualTo(REQUESTS / BURST_EVERY);
        assertThat(rejected).as("requests answered with an error").isGreaterThan((REQUESTS - bursts * 20) * 9 / 10);
    }

    /** Twenty filings at once from a fresh address: five accepted, fifteen refused by the limit, no 5xx. */
    private List<String> burstOfFilings(int i) {
        String address = "203.0.113." + (i / BURST_EVERY) + "-fuzz-" + SEED;
        List<String> problems = new ArrayList<>();
        try {
            List<tools.jackson.databind.JsonNode> answers =
                    ConcurrentFilings.fileAtOnce(port, address, "模糊测试并发投诉 " + address, 20);
            long accepted = answers.stream()
                    .filter(a ->
                            a.path("errors").isEmpty() && a.path("trackingCode").isString())
                    .count();
            if (accepted != 5) {
                problems.add("#" + i + " burst: " + accepted + " of 20 concurrent filings accepted, not 5");
            }
            answers.stream()
                    .map(Object::toString)
                    .filter(a ->
                            a.contains("INTERNAL_ERROR") || INTERNALS.matcher(a).find())
                    .forEach(a -> problems.add("#" + i + " burst: " + abbreviated(a)));
        } catch (Exception e) {
            problems.add("#" + i + " burst failed: " + e);
        }
        return problems;
    }

    /** All rows of all tables of the platform, in one statement. */
    private long rowCount() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name NOT LIKE 'BATCH%' AND table_name <> 'flyway_schema_history'",
                String.class);
        String sql = String.join(
                " + ",
                tables.stream().map(t -> "(SELECT COUNT(*) FROM " + t + ")").toList());
        return jdbc.queryForObject("SELECT " + sql, Long.class);
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
