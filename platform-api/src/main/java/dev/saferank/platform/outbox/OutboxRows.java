package dev.saferank.platform.outbox;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table, with plain JDBC on the application's data source (so inside the caller's
 * transaction). Not a MyBatis mapper on purpose: the relay polls several times a second, and the
 * statement-counting tests of the features (N+1 checks) count MyBatis statements of the whole JVM.
 */
@Repository
class OutboxRows {

    /** A pending delivery. */
    record Pending(long id, String entityType, String entityTenant, long entityId, int attempts) {}

    private final JdbcTemplate jdbc;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tenant, String type, long entityId) {
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id) VALUES (?, ?, ?)",
                type,
                tenant,
                entityId);
    }

    /** Rows due now, oldest first. */
    List<Pending> due(int limit) {
        return jdbc.query(
                "SELECT id, entity_type, entity_tenant, entity_id, attempts FROM search_outbox"
                        + " WHERE sent_at IS NULL AND next_attempt_at <= CURRENT_TIMESTAMP(3) ORDER BY id LIMIT ?",
                (row, n) ->
                        new Pending(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getInt(5)),
                limit);
    }

    /**
     * One statement (one commit) for a delivery's rows: a statement per row committed each row on
     * its own and took most of the relay's time in the reports benchmark. The ids are this table's
     * numbers, never input.
     */
    void markSent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("UPDATE search_outbox SET sent_at = CURRENT_TIMESTAMP(3), last_error = NULL WHERE id IN ("
                + String.join(",", ids.stream().map(String::valueOf).toList()) + ")");
    }

    void markFailed(long id, long delayMillis, String error) {
        jdbc.update(
                "UPDATE search_outbox SET attempts = attempts + 1,"
                        + " next_attempt_at = TIMESTAMPADD(MICROSECOND, ? * 1000, CURRENT_TIMESTAMP(3)),"
                        + " last_error = LEFT(?, 500) WHERE id = ?",
                delayMillis,
                error,
                id);
    }
}
