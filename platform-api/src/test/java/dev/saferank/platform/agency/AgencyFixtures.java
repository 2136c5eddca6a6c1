package dev.saferank.platform.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows and requests the agency, staff and engagement tests share: districts, account links, valid
 * ID numbers, GraphQL calls that must or must not fail.
 */
public final class AgencyFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final JdbcTemplate jdbc;
    private final GraphQlHttp http;

    public AgencyFixtures(JdbcTemplate jdbc, int port) {
        this.jdbc = jdbc;
        this.http = new GraphQlHttp(port);
    }

    /**
     * A demo user's token, reused for a minute. The shared Keycloak protects against brute force:
     * other tests' wrong passwords may lock a demo user for a few seconds, so a refusal is retried.
     */
    public static String token(String username) {
        return KeycloakTokens.accessToken(username);
    }

    /** A new district of the tenant; returns its code. */
    public String district(String tenant) {
        String code = "D" + SEQUENCE.incrementAndGet();
        jdbc.update("INSERT INTO district (tenant_id, code, name) VALUES (?, ?, ?)", tenant, code, "测试区" + code);
        return code;
    }

    /** Makes {@code username} the account of this agency only (the demo agency users are shared by tests). */
    public void linkAccount(String tenant, String username, long agencyId) {
        jdbc.update("UPDATE agency SET account_user = NULL WHERE tenant_id = ? AND account_user = ?", tenant, username);
        jdbc.update("UPDATE agency SET account_user = ? WHERE tenant_id = ? AND id = ?", username, tenant, agencyId);
    }

    /**
     * A valid 18-character resident ID number no other test uses: the check character computed
     * here independently of the production code (ISO 7064 MOD 11-2).
     */
    public static String idNumber() {
        long n = SEQUENCE.incrementAndGet();
        String first17 = "35" + String.format("%04d", n / 1000 % 10000) + "19800101" + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A unique marker for names, so that tests filter their own rows in the shared database. */
    public static String marker() {
        return "T" + SEQUENCE.incrementAndGet();
    }

    /** The data of a request that must succeed without GraphQL errors. */
    public JsonNode ok(String document, Map<String, ?> variables, String token) {
        var response = http.post(document, variables, token);
        assertThat(response.body().path("errors").isMissingNode())
                .as("errors: %s", response.body().path("errors"))
                .isTrue();
        return response.body().path("data");
    }

    /** The first GraphQL error of a request that must fail. */
    public JsonNode error(String document, Map<String, ?> variables, String token) {
        var response = http.post(document, variables, token);
        assertThat(response.body().path("errors").isArray())
                .as("expected an error, got %s", response.body())
                .isTrue();
        return response.body().path("errors").get(0);
    }

    public static String classification(JsonNode error) {
        return error.path("extensions").path("classification").asString();
    }

    public static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
