package dev.saferank.platform.outbox;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;

    OutboxRows(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // READ COMMITTED: the claim locks the rows it takes, without gap locks that would hold up the
        // writers appending outbox rows in their own transactions meanwhile
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    void insert(String tenant, String type, long entityId) {
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id) VALUES (?, ?, ?)",
                type,
                tenant,
                entityId);
    }

    /**
     * Claims up to {@code limit} due rows, oldest first, for {@code node}: the rows are locked with
     * {@code FOR UPDATE SKIP LOCKED} (rows another node is claiming at this moment are passed over, not
     * waited for) and their next attempt moved one lease ahead, in one transaction. Once it commits the
     * other nodes no longer see them as due until the lease runs out: a node that dies holding them
     * leaves them to the others after the lease. Call with no transaction open (the claim commits on
     * its own, before the delivery).
     */
    List<Pending> claim(int limit, String node, long leaseMillis) {
        return transactions.execute(status -> {
            List<Pending> due = jdbc.query(
                    "SELECT id, entity_type, entity_tenant, entity_id, attempts FROM search_outbox"
                            + " WHERE sent_at IS NULL AND next_attempt_at <= CURRENT_TIMESTAMP(3) ORDER BY id LIMIT ?"
                            + " FOR UPDATE SKIP LOCKED",
                    (row, n) -> new Pending(
                            row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getInt(5)),
                    limit);
            if (!due.isEmpty()) {
                jdbc.update(
                        "UPDATE search_outbox SET claimed_by = ?,"
                                + " next_attempt_at = TIMESTAMPADD(MICROSECOND, ? * 1000, CURRENT_TIMESTAMP(3))"
                                + " WHERE id IN ("
                                + ids(due.stream().map(Pending::id).toList()) + ")",
                        node,
                        leaseMillis);
            }
            return due;
        });
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
        // next_attempt_at back from the lease to now: a row an operator marks unsent again (a replay) is
        // due at once, not when the lease of its last claim would have run out
        jdbc.update("UPDATE search_outbox SET sent_at = CURRENT_TIMESTAMP(3), next_attempt_at = CURRENT_TIMESTAMP(3),"
                + " deliveries = deliveries + 1, last_error = NULL WHERE id IN (" + ids(ids) + ")");
    }

    /** The table's own numbers as an IN list (never input). */
    private static String ids(Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
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
