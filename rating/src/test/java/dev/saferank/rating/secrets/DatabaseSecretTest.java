package dev.saferank.rating.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The database password of both apps: no default outside dev, no published value, empty only on this host. */
class DatabaseSecretTest {

    private static List<String> problems(String profile, String url, String password) {
        var env = new StandardEnvironment();
        env.setActiveProfiles(profile);
        Map<String, Object> properties = new HashMap<>();
        properties.put("saferank.db.url", url);
        if (password != null) {
            properties.put("saferank.db.password", password);
        }
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return SecretGuard.problems(env, List.of(new DatabaseSecret()));
    }

    @Test
    void aMissingPasswordIsRefusedOutsideDevNamingItsVariable() {
        assertThat(problems("prod", "jdbc:mysql://db.internal:3306/saferank", null))
                .singleElement()
                .asString()
                .startsWith("saferank.db.password (SAFERANK_DB_PASSWORD) is not set")
                .contains("openssl rand");
        assertThat(problems("dev", "jdbc:mysql://127.0.0.1:3306/saferank", null))
                .isEmpty();
    }

    @Test
    void publishedPasswordsAreRefused() {
        for (String published : List.of("saferank", "change-me")) {
            assertThat(problems("prod", "jdbc:mysql://mysql:3306/saferank", published))
                    .singleElement()
                    .asString()
                    .contains("published in this repository");
        }
        assertThat(problems("prod", "jdbc:mysql://mysql:3306/saferank", "Zp3+our-own"))
                .isEmpty();
    }

    @Test
    void anEmptyPasswordOnlyForADatabaseOnThisHost() {
        assertThat(problems("prod", "jdbc:mysql://10.0.3.7:3306/saferank?useSSL=false", ""))
                .singleElement()
                .asString()
                .contains("empty for a database on another host (10.0.3.7)");
        assertThat(problems("test", "jdbc:mysql://127.0.0.1:3306/saferank_test?useSSL=false", ""))
                .isEmpty();
        assertThat(problems("prod", "jdbc:mysql://localhost/saferank", "")).isEmpty();
        assertThat(problems("prod", null, "")).singleElement().asString().contains("(?)");
    }
}
