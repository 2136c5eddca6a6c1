package dev.saferank.platform;

import dev.saferank.servers.TestServers;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The test profile's secrets, none of them published: key rings generated once per test JVM (every context
 * of the run reads what another wrote), and the Keycloak service client's secret regenerated in the build's
 * own Keycloak (its realm file ships the published development secret). The platform refuses published
 * secrets outside the profile dev, so the ITs start the way production does.
 */
public final class TestSecrets implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Generated once: ring ids k0 like a database from before key versions (rows inserted by tests). */
    public static final Map<String, Object> KEYS = Map.of(
            "saferank.keys.personal-data", "t1:" + key(),
            "saferank.keys.id-hash", "k0:" + key(),
            "saferank.keys.client-address", "k0:" + key());

    private static volatile String keycloakSecret;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new java.util.HashMap<String, Object>(KEYS);
        properties.put("saferank.keycloak.admin.secret", keycloakSecret());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("saferank-test-secrets", properties));
    }

    /**
     * The same secrets as environment variables, for a command the tests start as a process of its own
     * (environment rather than arguments: a process's arguments are visible to every user of the machine).
     */
    public static Map<String, String> environment() {
        var environment = new java.util.HashMap<String, String>();
        KEYS.forEach((name, value) -> environment.put(variable(name), value.toString()));
        environment.put(variable("saferank.keycloak.admin.secret"), keycloakSecret());
        return environment;
    }

    private static String variable(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A random 256-bit key, base64. */
    public static String key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static synchronized String keycloakSecret() {
        if (keycloakSecret == null) {
            try (Keycloak admin = Keycloak.getInstance(
                    TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
                var clients = admin.realm("saferank").clients();
                String id = clients.findByClientId("saferank-admin").get(0).getId();
                keycloakSecret = clients.get(id).generateNewSecret().getValue();
            }
        }
        return keycloakSecret;
    }
}
