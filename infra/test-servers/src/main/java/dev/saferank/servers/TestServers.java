package dev.saferank.servers;

/**
 * The servers an integration test talks to. The build starts them once (servers-maven-plugin) and
 * hands their addresses to the test JVM in system properties; a test run outside the build may
 * name them in the {@code SAFERANK_*} environment variables instead. Without either, the test fails
 * here, saying what is missing: it never skips.
 */
public final class TestServers {

    private TestServers() {}

    public static Endpoints endpoints() {
        return Endpoints.fromSystemProperties()
                .or(TestServers::fromEnvironment)
                .orElseThrow(() -> new ProvisioningException(
                        "Integration tests need a real database, Elasticsearch and Keycloak, and none were handed over."
                                + " Run them with ./mvnw verify (which starts the servers, see infra/README.md), or set"
                                + " SAFERANK_DB_URL (+ SAFERANK_DB_USERNAME, SAFERANK_DB_PASSWORD), SAFERANK_ES_URL and"
                                + " SAFERANK_KEYCLOAK_URL to running servers."));
    }

    private static java.util.Optional<Endpoints> fromEnvironment() {
        String db = System.getenv("SAFERANK_DB_URL");
        String es = System.getenv("SAFERANK_ES_URL");
        String kc = System.getenv("SAFERANK_KEYCLOAK_URL");
        if (db == null || es == null || kc == null) {
            return java.util.Optional.empty();
        }
        String user = System.getenv().getOrDefault("SAFERANK_DB_USERNAME", "root");
        String password = System.getenv().getOrDefault("SAFERANK_DB_PASSWORD", "");
        return java.util.Optional.of(new Endpoints(db, user, password, es, kc.replaceAll("/+$", "")));
    }
}
