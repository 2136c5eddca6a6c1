package dev.saferank.rating.secrets;

import java.util.List;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * The RabbitMQ password of a node that sends or takes the rating job's remote partitions ({@code
 * saferank.rating.remote.enabled}). Outside {@code dev} it must be set, and RabbitMQ's own default ({@code
 * guest}, also Spring Boot's when nothing is set) is accepted only for a broker on this host (RabbitMQ itself
 * lets {@code guest} in from loopback only). A node without remote partitions needs no broker and is not checked.
 */
public final class BrokerSecret implements SecretCheck {

    static final String ENABLED = "saferank.rating.remote.enabled";
    static final String PASSWORD = "spring.rabbitmq.password";
    static final String HOST = "spring.rabbitmq.host";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private static final String HOW = "create a RabbitMQ user for SafeRank with a password of its own (e.g. openssl"
            + " rand -base64 24; rabbitmqctl add_user) and set SPRING_RABBITMQ_USERNAME with it";

    @Override
    public void check(Environment env, boolean dev, List<String> problems) {
        if (dev || !env.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        String password = env.getProperty(PASSWORD);
        String host = env.getProperty(HOST, "localhost");
        if ((password == null || password.equals("guest")) && !LOOPBACK.contains(host)) {
            problems.add(
                    SecretCheck.named(PASSWORD) + (password == null ? " is not set" : " is RabbitMQ's default guest")
                            + " for the broker at " + host + " (remote rating partitions are on): " + HOW);
        }
    }
}
