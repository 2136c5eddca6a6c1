package dev.saferank.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.saferank.platform.PlatformApplication;
import dev.saferank.rating.secrets.UnsafeSecretsException;
import dev.saferank.rating.secrets.UnsafeSecretsFailureAnalyzer;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The platform refuses to start outside the profile dev with a secret missing or published, before it
 * touches a server (the start below has none), and says which secret and how to make one.
 */
class SecretGuardTest {

    private static final String DEV_PERSONAL = "dev:c2FmZXJhbmstZGV2LXBlcnNvbmFsLWRhdGEta2V5ISE=";
    private static final String DEV_ID_HASH = "k0:ZGV2LW9ubHktaWQtaGFzaC1zZWNyZXQtZG8tbm90LXVzZS1pbi1wcm9kdWN0aW9u";
    private static final String DEV_ADDRESS = "k0:c2FmZXJhbmstZGV2LWNvbXBsYWludC1hZGRyZXNzLXNlY3JldA==";

    private static UnsafeSecretsException start(String profile, Map<String, Object> properties) {
        var app = new SpringApplicationBuilder(PlatformApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(profile)
                .properties(properties);
        return catchThrowableOfType(UnsafeSecretsException.class, app::run);
    }

    private static String own() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return "k1:" + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void refusesEveryMissingSecretNamingItsVariableAndTheCommand() {
        var refused = start("prod", Map.of());
        assertThat(refused).isNotNull();
        assertThat(refused.problems())
                .hasSize(5)
                .anySatisfy(p -> assertThat(p).startsWith("saferank.db.password (SAFERANK_DB_PASSWORD) is not set"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("saferank.keys.personal-data (SAFERANK_KEYS_PERSONAL_DATA) is not set")
                        .contains("openssl rand -base64 32"))
                .anySatisfy(p -> assertThat(p).startsWith("saferank.keys.id-hash (SAFERANK_KEYS_ID_HASH) is not set"))
                .anySatisfy(
                        p -> assertThat(p).startsWith("saferank.keys.client-address (SAFERANK_KEYS_CLIENT_ADDRESS)"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("saferank.keycloak.admin.secret (SAFERANK_KEYCLOAK_ADMIN_SECRET) is not set")
                        .contains("Regenerate"));
        var analysis = new UnsafeSecretsFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("SAFERANK_KEYS_ID_HASH", "openssl rand -base64 32");
        assertThat(analysis.getAction()).contains("'dev'");
    }

    @Test
    void refusesThePublishedDevelopmentValuesInAnyProfileButDev() {
        var published = new HashMap<String, Object>();
        published.put("saferank.keys.personal-data", DEV_PERSONAL);
        // a published key is refused even as an older entry of a ring
        published.put("saferank.keys.id-hash", DEV_ID_HASH + "," + own());
        published.put("saferank.keys.client-address", DEV_ADDRESS);
        published.put("saferank.keycloak.admin.secret", "saferank-admin-dev-secret");
        // the deploy example's database password (infra/deploy/compose.yaml before issue 16)
        published.put("saferank.db.password", "saferank");
        for (String profile : new String[] {"prod", "test", "default"}) {
            var refused = start(profile, published);
            assertThat(refused).as(profile).isNotNull();
            assertThat(refused.problems())
                    .hasSize(5)
                    .anySatisfy(p -> assertThat(p).contains("SAFERANK_DB_PASSWORD", "published in this repository"))
                    .anySatisfy(p -> assertThat(p).contains("published development key 'dev'"))
                    .anySatisfy(p -> assertThat(p).contains("id-hash").contains("published development key 'k0'"))
                    .anySatisfy(p -> assertThat(p).contains("published development secret"));
        }
    }

    @Test
    void refusesTheSecretsOfTheTimeBeforeKeyRingsWithTheWayToKeepTheirRows() {
        var properties = new HashMap<String, Object>();
        properties.put("saferank.keys.personal-data", own());
        properties.put("saferank.keys.id-hash", own());
        properties.put("saferank.keys.client-address", own());
        properties.put("saferank.keycloak.admin.secret", "a-secret-of-our-own");
        properties.put("saferank.db.password", "a-password-of-our-own");
        properties.put("saferank.staff.id-hash-secret", "our-old-secret");
        var refused = start("prod", properties);
        assertThat(refused.problems())
                .singleElement()
                .asString()
                .contains("SAFERANK_STAFF_ID_HASH_SECRET", "replaced by saferank.keys.id-hash", "k0:");
    }

    @Test
    void acceptsKeysOfItsOwnAndMalformedRingsAreNamed() {
        var properties = new HashMap<String, Object>();
        properties.put(
                "saferank.keys.personal-data", "k1:" + Base64.getEncoder().encodeToString(new byte[16]));
        properties.put("saferank.keys.id-hash", own());
        properties.put("saferank.keys.client-address", own());
        properties.put("saferank.keycloak.admin.secret", "a-secret-of-our-own");
        // an empty database password on this host (the build machines' MariaDB root) is accepted
        properties.put("saferank.db.url", "jdbc:mysql://127.0.0.1:3306/saferank");
        properties.put("saferank.db.password", "");
        assertThat(start("prod", properties).problems())
                .singleElement()
                .asString()
                .contains("personal-data", "16 bytes (needs 32)");
        // in dev the published values are accepted (application-dev.yaml sets them)
        var dev = new StandardEnvironment();
        dev.setActiveProfiles("dev", "demo");
        var published = new HashMap<String, Object>();
        published.put("saferank.keys.personal-data", DEV_PERSONAL);
        published.put("saferank.keys.id-hash", DEV_ID_HASH);
        published.put("saferank.keys.client-address", DEV_ADDRESS);
        published.put("saferank.keycloak.admin.secret", "saferank-admin-dev-secret");
        dev.getPropertySources().addFirst(new MapPropertySource("dev", published));
        assertThat(Secrets.problems(dev)).isEmpty();
    }
}
