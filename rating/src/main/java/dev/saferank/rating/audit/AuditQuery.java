package dev.saferank.rating.audit;

import java.time.Instant;

/**
 * Filters of an audit query; null means any.
 *
 * @param tenant the chain to read; null reads every tenant's (the platform admin only: the caller checks)
 * @param actor exact username
 * @param action an {@link AuditAction} name
 * @param targetType exact
 * @param targetId exact
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
        String tenant, String actor, String action, String targetType, String targetId, Instant from, Instant to) {

    public static AuditQuery ofTenant(String tenant) {
        return new AuditQuery(tenant, null, null, null, null, null, null);
    }
}
