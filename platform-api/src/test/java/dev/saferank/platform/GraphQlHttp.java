package dev.saferank.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends GraphQL documents over real HTTP, as a web frontend does. */
public final class GraphQlHttp {

    /** Status, WWW-Authenticate header and body of one exchange. */
    public record Response(int status, String wwwAuthenticate, JsonNode body) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String url;
    private final String clientAddress;

    public GraphQlHttp(int port) {
        this("http://127.0.0.1:" + port + "/graphql", null);
    }

    private GraphQlHttp(String url, String clientAddress) {
        this.url = url;
        this.clientAddress = clientAddress;
    }

    /**
     * The same endpoint, called as the given client address: the test profile trusts loopback as a reverse
     * proxy, so {@code X-Forwarded-For} names the client as a proxy would (limits per address count it).
     */
    public GraphQlHttp from(String clientAddress) {
        return new GraphQlHttp(url, clientAddress);
    }

    /** The body as JSON; a body that is not JSON is kept as a text node, to be inspected as text. */
    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return JsonMapper.shared().createObjectNode();
        }
        try {
            return JsonMapper.shared().readTree(body);
        } catch (tools.jackson.core.JacksonException notJson) {
            return JsonMapper.shared().getNodeFactory().textNode(body);
        }
    }

    public Response post(String document, String bearerToken) {
        return post(document, Map.of(), bearerToken);
    }

    public Response post(String document, Map<String, ?> variables, String bearerToken) {
        String payload = JsonMapper.shared().writeValueAsString(Map.of("query", document, "variables", variables));
        return postRaw("application/json", payload, bearerToken);
    }

    /** Any body with any content type: for requests a real frontend would never send. */
    public Response postRaw(String contentType, String payload, String bearerToken) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("WWW-Authenticate").orElse(""),
                    body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
