package dev.saferank.platform;

import dev.saferank.servers.TestServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the build's Keycloak, for the realm's demo users. Tokens of demo users
 * are reused for four minutes (they live five): hundreds of tests sign the same few users in.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final java.time.Duration REUSE = java.time.Duration.ofMinutes(4);
    private static final Map<String, Issued> DEMO_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile boolean bruteForceOff;

    private record Issued(String token, java.time.Instant at) {}

    private KeycloakTokens() {}

    /** A token of {@code username} through the web client's password grant (demo users only). */
    public static String accessToken(String username) {
        relaxBruteForceDetection();
        Issued issued = DEMO_TOKENS.compute(
                username,
                (user, earlier) -> earlier != null && earlier.at().plus(REUSE).isAfter(java.time.Instant.now())
                        ? earlier
                        : new Issued(accessToken("saferank-web", user, DEMO_PASSWORD), java.time.Instant.now()));
        return issued.token();
    }

    /**
     * The test Keycloak is shared by every test of the build, several of which sign in with wrong
     * or disabled credentials on purpose; the realm's brute-force detection would then lock demo
     * users out for everyone. Tests own this Keycloak, so they switch the detection off in it.
     */
    private static void relaxBruteForceDetection() {
        if (bruteForceOff) {
            return;
        }
        synchronized (KeycloakTokens.class) {
            if (bruteForceOff) {
                return;
            }
            try (var admin = org.keycloak.admin.client.Keycloak.getInstance(
                    TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
                var realm = admin.realm("saferank").toRepresentation();
                realm.setBruteForceProtected(false);
                admin.realm("saferank").update(realm);
            } catch (RuntimeException notOurs) {
                // a Keycloak named by SAFERANK_KEYCLOAK_URL with other admin credentials: leave it as it is
                System.err.println("KeycloakTokens: brute-force detection left on: " + notOurs.getMessage());
            }
            bruteForceOff = true;
        }
    }

    public static String accessToken(String clientId, String username, String password) {
        String form = Map.of(
                        "grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(
                        URI.create(TestServers.endpoints().issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JsonMapper.shared()
                    .readTree(response.body())
                    .get("access_token")
                    .asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
