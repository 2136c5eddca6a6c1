package dev.saferank.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.isolation.ProbeDocuments;
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
 * A thousand generated bad requests: malformed bodies, wrong types, out-of-range and oversize
 * values against every query and mutation, depth and alias bombs. None may cause a server error
 * (a 5xx or an INTERNAL_ERROR: bad input is the caller's problem and must be named as such) or
 * show a stack trace, a class name or SQL, and a request answered with an error writes nothing.
 */
@RealServersTest
class BadInputFuzzIT {

    private static final Logger log = LoggerFactory.getLogger(BadInputFuzzIT.class);
    private static final long SEED = 2026_11_22L;
    private static final int REQUESTS = 1_000;
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

    @Test
    void badRequestsGetClearErrorsNeverServerErrorsAndWriteNothing() {
        RandomGenerator random = java.util.random.RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom")
                .create(SEED);
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
        for (int i = 0; i < REQUESTS; i++) {
            String token = tokens.get(callers.get(random.nextInt(callers.size())));
            long before = rowCount();
            GraphQlHttp.Response response =
                    switch (random.nextInt(10)) {
                        case 0 -> http.postRaw("application/json", Malformed.body(random), token);
                        case 1 ->
                            http.postRaw(
                                    Malformed.contentType(random), "{\"query\":\"{ viewer { username } }\"}", token);
                        case 2 -> http.post(Malformed.bomb(random), token);
                        case 3, 4 ->
                            http.post(documents.document("query", queries.get(random.nextInt(queries.size()))), token);
                        default ->
                            http.post(
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
            if (error && rowCount() != before) {
                failures.add("#" + i + " answered with an error but wrote rows: " + abbreviated(text));
            }
        }
        log.info(
                "fuzz: {} bad requests (seed {}), {} answered with errors, {} problems",
                REQUESTS,
                SEED,
                rejected,
                failures.size());

        assertThat(failures).isEmpty();
        assertThat(rejected).as("requests answered with an error").isGreaterThan(REQUESTS * 9 / 10);
    }

    /** All rows of all tables of the platform, in one statement. */
    private long rowCount() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name NOT LIKE 'BATCH%' AND table_name <> 'flyway_schema_history'"
                        // the per-address request counters (V180) count every anonymous request,
                        // refused or not: bookkeeping of the limit, not data a request wrote
                        + " AND table_name <> 'client_limit'",
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
