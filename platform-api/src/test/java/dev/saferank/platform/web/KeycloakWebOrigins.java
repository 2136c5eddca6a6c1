package dev.saferank.platform.web;

import dev.saferank.servers.TestServers;

/**
 * The realm lets saferank-web redirect to any port of 127.0.0.1 and localhost (Keycloak's loopback rule,
 * RFC 8252 §7.3: a registered {@code http://127.0.0.1/*} matches every port), but CORS web origins have no
 * such rule and no port wildcard. The pages exchange the code for tokens with a cross-origin POST, so the
 * test app's origin (a random port) is added to the client's web origins in the build's own Keycloak.
 */
final class KeycloakWebOrigins {

    private KeycloakWebOrigins() {}

    static void allow(String origin) {
        try (var admin = org.keycloak.admin.client.Keycloak.getInstance(
                TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
            var clients = admin.realm("saferank").clients();
            var client = clients.findByClientId("saferank-web").getFirst();
            if (!client.getWebOrigins().contains(origin)) {
                client.getWebOrigins().add(origin);
                clients.get(client.getId()).update(client);
            }
        }
    }
}
