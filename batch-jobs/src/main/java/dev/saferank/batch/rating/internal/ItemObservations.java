package dev.saferank.batch.rating.internal;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No Micrometer observation of each item Spring Batch reads and processes ({@code spring.batch.item.read},
 * {@code spring.batch.item.process}: a timer with its tags, started and stopped around every item): with the
 * actuator's registry they took about a tenth of the rating threads' CPU at 50,000 agencies (JFR, issue 14
 * point 8), more than the scoring itself. Jobs, steps and chunk writes are still observed (the
 * {@code spring.batch.job}, {@code spring.batch.step} and {@code spring.batch.chunk.write} timers), and the
 * run's own progress is in {@code rating_run.items_done}.
 */
@Configuration(proxyBeanMethods = false)
class ItemObservations {

    static final String ITEM_OBSERVATIONS = "spring.batch.item.";

    @Bean
    ObservationPredicate noBatchItemObservations() {
        return (name, context) -> !name.startsWith(ITEM_OBSERVATIONS);
    }
}
