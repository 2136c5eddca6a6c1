package dev.saferank.platform.privacy;

import dev.saferank.rating.secrets.SecretGuard;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The key rings, read once at start after the {@link SecretGuard} has accepted them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KeySettings.class, RetentionSettings.class})
class PrivacyConfiguration {

    /** Stops the start while a secret is missing or published (outside dev): keys, Keycloak, database. */
    @Bean
    static SecretGuard secretGuard(Environment environment) {
        return new SecretGuard(environment, Secrets.CHECKS);
    }

    @Bean
    PersonalData personalData(KeySettings keys) {
        return new PersonalData(ring(Secrets.PERSONAL_DATA, keys.personalData(), 32));
    }

    /** ID numbers (身份证号): the same person is the same hash in every agency of every tenant. */
    @Bean
    IdNumberHashes idNumberHashes(KeySettings keys) {
        return new IdNumberHashes(new KeyedHash(ring(Secrets.ID_HASH, keys.idHash(), 0)));
    }

    /** Complainants' network addresses, kept for the rate limit only. */
    @Bean
    ClientAddressHashes clientAddressHashes(KeySettings keys) {
        return new ClientAddressHashes(new KeyedHash(ring(Secrets.CLIENT_ADDRESS, keys.clientAddress(), 0)));
    }

    @Bean
    Rekeying rekeying(JdbcTemplate jdbc, PersonalData personal, IdNumberHashes ids, KeySettings keys) {
        return new Rekeying(
                jdbc,
                personal,
                ids.hash(),
                ring(Secrets.PERSONAL_DATA, keys.personalData(), 32).current().id());
    }

    @Bean
    RekeyCommand rekeyCommand(Rekeying rekeying, Environment env, ConfigurableApplicationContext context) {
        return new RekeyCommand(rekeying, env, context);
    }

    private static KeyRing ring(String property, String text, int exactBytes) {
        var parsed = KeyRing.parse(text, 32, exactBytes);
        if (parsed.ring() == null) {
            throw new IllegalStateException(property + " " + parsed.problem());
        }
        return parsed.ring();
    }
}
