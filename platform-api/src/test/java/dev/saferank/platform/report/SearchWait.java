package dev.saferank.platform.report;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Waits until the outbox relay has delivered every change of a row (a few hundred ms in tests). */
final class SearchWait {

    private SearchWait() {}

    static void untilIndexed(JdbcTemplate jdbc, String entityType, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Integer pending = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM search_outbox WHERE entity_type = ? AND entity_id = ? AND sent_at IS NULL",
                    Integer.class,
                    entityType,
                    id);
            if (pending != null && pending == 0) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the outbox did not deliver " + entityType + " " + id + " within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
