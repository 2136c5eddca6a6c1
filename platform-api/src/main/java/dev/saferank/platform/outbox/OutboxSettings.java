package dev.saferank.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for due rows
 * @param batchSize rows per bulk request
 * @param parallelism bulk requests a round sends side by side
 * @param firstRetry the wait after the first failure; doubled after each further failure
 * @param maxRetry the longest wait between two attempts
 * @param lease how long a node's claim on due rows lasts: another node delivers them after that when
 *     the first has neither delivered them nor recorded a failure (it died); longer than a delivery
 *     takes, bounded by the search client's timeouts
 */
@ConfigurationProperties("saferank.outbox")
record OutboxSettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("2") int parallelism,
        @DefaultValue("1s") Duration firstRetry,
        @DefaultValue("60s") Duration maxRetry,
        @DefaultValue("60s") Duration lease) {

    /** The wait before attempt {@code attempts + 1}: exponential, capped. */
    long backoffMillis(int attempts) {
        long wait = firstRetry.toMillis() << Math.min(attempts, 20);
        return Math.min(wait, maxRetry.toMillis());
    }
}
