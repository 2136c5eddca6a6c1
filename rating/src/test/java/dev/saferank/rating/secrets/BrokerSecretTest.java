package dev.saferank.rating.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The broker password of a node with remote rating partitions: RabbitMQ's guest only on this host. */
class BrokerSecretTest {

    private static List<String> problems(String profile, Map<String, Object> properties) {
        var env = new StandardEnvironment();
        env.setActiveProfiles(profile);
        env.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        return SecretGuard.problems(env, List.of(new BrokerSecret()));
    }

    @Test
    void guestOrNoPasswordForABrokerElsewhereIsRefusedNamingTheVariable() {
        assertThat(problems(
                        "prod", Map.of("saferank.rating.remote.enabled", "true", "spring.rabbitmq.host", "rabbitmq")))
                .singleElement()
                .asString()
                .startsWith("spring.rabbitmq.password (SPRING_RABBITMQ_PASSWORD) is not set for the broker at rabbitmq")
                .contains("rabbitmqctl add_user");
        assertThat(problems(
                        "prod",
                        Map.of(
                                "saferank.rating.remote.enabled", "true",
                                "spring.rabbitmq.host", "10.0.3.9",
                                "spring.rabbitmq.password", "guest")))
                .singleElement()
                .asString()
                .contains("is RabbitMQ's default guest for the broker at 10.0.3.9");
    }

    @Test
    void acceptedOnThisHostInDevWithAPasswordOfItsOwnOrWithoutRemotePartitions() {
        assertThat(problems("prod", Map.of("saferank.rating.remote.enabled", "true")))
                .isEmpty(); // localhost
        assertThat(problems("dev", Map.of("saferank.rating.remote.enabled", "true", "spring.rabbitmq.host", "mq")))
                .isEmpty();
        assertThat(problems(
                        "prod",
                        Map.of(
                                "saferank.rating.remote.enabled", "true",
                                "spring.rabbitmq.host", "mq",
                                "spring.rabbitmq.password", "k9#our-own")))
                .isEmpty();
        assertThat(problems("prod", Map.of("spring.rabbitmq.host", "mq"))).isEmpty();
    }
}
