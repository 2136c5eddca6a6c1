package dev.saferank.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.saferank.rating.secrets.UnsafeSecretsException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The batch app, like the API, refuses to start outside the profile dev without a database password of its
 * own, before it opens a connection (no server is running for this test), with the operators' command too.
 */
class SecretGuardTest {

    private static UnsafeSecretsException start(String profile, Map<String, Object> properties) {
        var app = new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(profile)
                .properties(properties);
        return catchThrowableOfType(UnsafeSecretsException.class, app::run);
    }

    @Test
    void refusesToStartWithoutADatabasePassword() {
        var refused = start("prod", Map.of("saferank.db.url", "jdbc:mysql://db.internal:3306/saferank"));
        assertThat(refused).isNotNull();
        assertThat(refused.problems())
                .singleElement()
                .asString()
                .startsWith("saferank.db.password (SAFERANK_DB_PASSWORD) is not set");
        assertThat(refused.getMessage()).contains("[prod]");
    }

    @Test
    void refusesThePublishedPasswordInEveryProfileButDev() {
        for (String profile : new String[] {"prod", "default", "test"}) {
            var refused = start(
                    profile,
                    Map.of("saferank.db.url", "jdbc:mysql://mysql:3306/saferank", "saferank.db.password", "saferank"));
            assertThat(refused).as(profile).isNotNull();
            assertThat(refused.problems()).singleElement().asString().contains("published in this repository");
        }
    }
}
