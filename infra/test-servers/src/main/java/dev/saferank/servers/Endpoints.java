package dev.saferank.servers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the running servers answer. Passed to test JVMs and applications as the system properties
 * named by {@link #asProperties()}.
 */
public record Endpoints(String dbUrl, String dbUsername, String dbPassword, String esUrl, String keycloakUrl) {

    public static final String DB_URL = "saferank.db.url";
    public static final String DB_USERNAME = "saferank.db.username";
    public static final String DB_PASSWORD = "saferank.db.password";
    public static final String ES_URL = "saferank.es.url";
    public static final String KEYCLOAK_URL = "saferank.keycloak.url";

    /** The realm every SafeRank deployment uses (infra/keycloak/realm-saferank.json). */
    public static final String REALM = "saferank";

    public String issuerUri() {
        return keycloakUrl + "/realms/" + REALM;
    }

    public Map<String, String> asProperties() {
        var map = new LinkedHashMap<String, String>();
        map.put(DB_URL, dbUrl);
        map.put(DB_USERNAME, dbUsername);
        map.put(DB_PASSWORD, dbPassword);
        map.put(ES_URL, esUrl);
        map.put(KEYCLOAK_URL, keycloakUrl);
        return map;
    }

    /** The endpoints handed over in system properties, when all of them are there. */
    public static Optional<Endpoints> fromSystemProperties() {
        String db = blankToNull(System.getProperty(DB_URL));
        String es = blankToNull(System.getProperty(ES_URL));
        String kc = blankToNull(System.getProperty(KEYCLOAK_URL));
        if (db == null || es == null || kc == null) {
            return Optional.empty();
        }
        return Optional.of(new Endpoints(
                db, System.getProperty(DB_USERNAME, "root"), System.getProperty(DB_PASSWORD, ""), es, kc));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }
}
