package dev.saferank.platform.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that an entity changed, in the caller's transaction: the change and its delivery to the
 * search index commit or roll back together, so nothing committed is ever left unindexed.
 */
@Service
public class Outbox {

    private final OutboxRows rows;

    Outbox(OutboxRows rows) {
        this.rows = rows;
    }

    /** Must run inside the transaction that changes the entity (refused otherwise). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String tenant, String entityType, long entityId) {
        rows.insert(tenant, entityType, entityId);
    }
}
