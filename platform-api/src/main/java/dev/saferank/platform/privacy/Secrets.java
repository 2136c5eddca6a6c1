package dev.saferank.platform.privacy;

import dev.saferank.rating.secrets.BrokerSecret;
import dev.saferank.rating.secrets.DatabaseSecret;
import dev.saferank.rating.secrets.SecretCheck;
import dev.saferank.rating.secrets.SecretGuard;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The secrets the platform needs, their published development values (application-dev.yaml, and the former
 * built-in defaults), and what is wrong with the ones an environment sets. Outside the {@code dev} profile a
 * secret that is missing, malformed or published is refused; in {@code dev} only a malformed one is. The
 * database password is checked as for batch-jobs ({@link DatabaseSecret}); the guard is the rating module's.
 */
final class Secrets implements SecretCheck {

    /** Everything the API checks before it starts. */
    static final List<SecretCheck> CHECKS = List.of(new Secrets(), new DatabaseSecret(), new BrokerSecret());

    static final String PERSONAL_DATA = "saferank.keys.personal-data";
    static final String ID_HASH = "saferank.keys.id-hash";
    static final String CLIENT_ADDRESS = "saferank.keys.client-address";
    static final String KEYCLOAK_ADMIN = "saferank.keycloak.admin.secret";

    private static final String KEY_COMMAND = "echo \"k1:$(openssl rand -base64 32)\"";

    /** Every value ever shipped in this repository for a secret: published, hence no secret. */
    private static final List<byte[]> PUBLISHED = List.of(
            utf8("dev-only-id-hash-secret-do-not-use-in-production"),
            utf8("saferank-dev-complaint-address-secret"),
            utf8("saferank-admin-dev-secret"),
            Base64.getDecoder().decode("c2FmZXJhbmstZGV2LXBlcnNvbmFsLWRhdGEta2V5ISE="));

    private Secrets() {}

    /** One line per unusable secret of the API: which, why, and how to make one; empty when all are usable. */
    static List<String> problems(Environment env) {
        return SecretGuard.problems(env, CHECKS);
    }

    @Override
    public void check(Environment env, boolean dev, List<String> problems) {
        ring(env, PERSONAL_DATA, 32, 32, dev, problems);
        ring(env, ID_HASH, 32, 0, dev, problems);
        ring(env, CLIENT_ADDRESS, 32, 0, dev, problems);
        replaced(env, "saferank.staff.id-hash-secret", ID_HASH, problems);
        replaced(env, "saferank.complaints.address-secret", CLIENT_ADDRESS, problems);
        String keycloak = env.getProperty(KEYCLOAK_ADMIN);
        if (!dev && (keycloak == null || keycloak.isBlank())) {
            problems.add(named(KEYCLOAK_ADMIN) + " is not set: " + KEYCLOAK_HOW);
        } else if (!dev && published(utf8(keycloak))) {
            problems.add(named(KEYCLOAK_ADMIN) + " is the published development secret: " + KEYCLOAK_HOW);
        }
    }

    private static final String KEYCLOAK_HOW = "regenerate the secret of the client saferank-admin in Keycloak"
            + " (Clients > saferank-admin > Credentials > Regenerate, or `kcadm.sh create"
            + " clients/<id>/client-secret -r saferank`) and set it";

    private static void ring(
            Environment env, String property, int minBytes, int exactBytes, boolean dev, List<String> problems) {
        var parsed = KeyRing.parse(env.getProperty(property), minBytes, exactBytes);
        if (parsed.ring() == null) {
            if (!dev || env.getProperty(property) != null) {
                problems.add(named(property) + " " + parsed.problem() + ": generate a key ring with " + KEY_COMMAND);
            }
            return;
        }
        if (!dev) {
            for (var key : parsed.ring().keys()) {
                if (published(key.bytes())) {
                    problems.add(named(property) + " holds the published development key '" + key.id()
                            + "': generate a key of your own with " + KEY_COMMAND + " (see README, Security)");
                }
            }
        }
    }

    /** A secret of the time before key rings: its rows were made under it, so it becomes the ring's k0. */
    private static void replaced(Environment env, String former, String ring, List<String> problems) {
        if (env.getProperty(former) != null) {
            String var = named(former).replaceAll(".*\\((.*)\\)", "$1");
            problems.add(named(former) + " is replaced by " + named(ring) + ": set it to k0:$(printf %s \"$" + var
                    + "\" | base64 -w0) to keep the rows made under it, add a new key after it to rotate");
        }
    }

    static boolean published(byte[] value) {
        return PUBLISHED.stream().anyMatch(p -> Arrays.equals(p, value));
    }

    private static String named(String property) {
        return SecretCheck.named(property);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
