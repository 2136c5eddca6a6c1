package dev.saferank.rating.secrets;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * The database password ({@code saferank.db.password}, {@code SAFERANK_DB_PASSWORD}) of both apps. Outside
 * {@code dev} it has no default and must be set; a value published in this repository (the deploy example's
 * {@code saferank} and {@code change-me}) is refused; an empty password is accepted only for a database on
 * this host (127.0.0.1, localhost, [::1]: a local MariaDB whose root has no password, as on the build
 * machines), never over the network.
 */
public final class DatabaseSecret implements SecretCheck {

    public static final String PASSWORD = "saferank.db.password";
    static final String URL = "saferank.db.url";

    /** Database passwords ever shipped in this repository (infra/deploy/compose.yaml before issue 16). */
    private static final Set<String> PUBLISHED = Set.of("saferank", "change-me");

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private static final String HOW = "create a database user with a password of its own (e.g. openssl rand"
            + " -base64 24) and set it with SAFERANK_DB_USERNAME";

    @Override
    public void check(Environment env, boolean dev, List<String> problems) {
        if (dev) {
            return;
        }
        String password = env.getProperty(PASSWORD);
        if (password == null) {
            problems.add(SecretCheck.named(PASSWORD) + " is not set: " + HOW);
        } else if (PUBLISHED.contains(password)) {
            problems.add(SecretCheck.named(PASSWORD) + " is a password published in this repository: " + HOW);
        } else if (password.isEmpty() && !onThisHost(env.getProperty(URL))) {
            problems.add(SecretCheck.named(PASSWORD) + " is empty for a database on another host ("
                    + host(env.getProperty(URL)) + "): " + HOW);
        }
    }

    private static boolean onThisHost(String url) {
        return LOOPBACK.contains(host(url));
    }

    /** The host of a {@code jdbc:mysql://host:port/db?…} URL; {@code ?} when there is none. */
    static String host(String url) {
        if (url == null || !url.startsWith("jdbc:")) {
            return "?";
        }
        try {
            String host = URI.create(url.substring("jdbc:".length())).getHost();
            return host == null ? "?" : host;
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
