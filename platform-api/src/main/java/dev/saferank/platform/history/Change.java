package dev.saferank.platform.history;

import java.time.Instant;

/**
 * One change to an entity.
 *
 * @param snapshot the entity after the change, as JSON
 */
public record Change(
        long id,
        String entityType,
        String entityId,
        String action,
        String actor,
        Instant at,
        String reason,
        String snapshot) {}
