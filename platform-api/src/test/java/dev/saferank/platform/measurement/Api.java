package dev.saferank.platform.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** GraphQL over HTTP as a demo user, for the measurement, sanction and preview tests. */
public final class Api {

    private record Token(String value, long fetchedAt) {}

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private final GraphQlHttp http;

    public Api(int port) {
        this.http = new GraphQlHttp(port);
    }

    /** The {@code data} of a request that must succeed without GraphQL errors. */
    public JsonNode data(String user, String document, Map<String, ?> variables) {
        JsonNode body = body(user, document, variables);
        assertThat(body.path("errors").isMissingNode())
                .as("errors: %s", body.path("errors"))
                .isTrue();
        return body.path("data");
    }

    /** The whole response body (data and errors). */
    public JsonNode body(String user, String document, Map<String, ?> variables) {
        return http.post(document, variables, token(user)).body();
    }

    /** The classification of the first GraphQL error of a request that must fail. */
    public String errorClass(String user, String document, Map<String, ?> variables) {
        JsonNode errors = body(user, document, variables).path("errors");
        assertThat(errors.isArray()).as("expected errors").isTrue();
        return errors.get(0).path("extensions").path("classification").asString();
    }

    /** The message of the first GraphQL error. */
    public String errorMessage(String user, String document, Map<String, ?> variables) {
        return body(user, document, variables)
                .path("errors")
                .get(0)
                .path("message")
                .asString();
    }

    /**
     * A fresh token. The shared Keycloak locks a demo user for a minute after other builds' tests
     * sign in with a wrong password (brute-force protection): wait for it rather than fail.
     */
    private static String fetch(String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return KeycloakTokens.accessToken(user);
            } catch (IllegalStateException refused) {
                if (attempt == 20 || !String.valueOf(refused.getMessage()).contains("invalid_grant")) {
                    throw refused;
                }
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw refused;
                }
            }
        }
    }

    private static String token(String user) {
        // the realm's tokens live five minutes: fetch a new one well before
        long now = System.currentTimeMillis();
        return TOKENS.compute(
                        user,
                        (name, token) -> token == null || now - token.fetchedAt() > 120_000
                                ? new Token(fetch(name), now)
                                : token)
                .value();
    }
}
