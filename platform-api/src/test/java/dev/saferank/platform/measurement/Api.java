package dev.saferank.platform.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** GraphQL over HTTP as a demo user, for the measurement, sanction and preview tests. */
public final class Api {

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

    private static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }
}
