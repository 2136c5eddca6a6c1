package dev.saferank.platform.complaint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP without a token, from a chosen client address: the test profile trusts
 * loopback as a reverse proxy, so {@code X-Forwarded-For} names the client as a proxy would.
 */
public final class PublicHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String url;

    public PublicHttp(int port) {
        this.url = "http://127.0.0.1:" + port + "/graphql";
    }

    public JsonNode post(String clientAddress, String document, Map<String, ?> variables) {
        String payload = JsonMapper.shared().writeValueAsString(Map.of("query", document, "variables", variables));
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.0.0.1, " + clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            return JsonMapper.shared()
                    .readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString())
                            .body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client address no other test uses. */
    public static String uniqueAddress() {
        long n = System.nanoTime();
        return "198.51." + (n / 256 % 256) + "." + (n % 256) + "-" + Long.toString(n, 36);
    }
}
