package dev.saferank.rating.audit;

import java.time.Instant;
import java.util.Map;

/** One stored audit record, as appended: its place in the tenant's chain and its hashes. */
public record AuditRecord(
        long id,
        String tenant,
        long seq,
        Instant occurredAt,
        String actor,
        String clientAddress,
        String action,
        String targetType,
        String targetId,
        Map<String, String> details,
        String detailsJson,
        String prevHash,
        String hash) {

    /** The Chinese label of the action, or the stored name for an action this version does not know. */
    public String actionLabel() {
        return AuditAction.of(action).map(AuditAction::label).orElse(action);
    }
}
