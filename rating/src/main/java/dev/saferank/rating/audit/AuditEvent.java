package dev.saferank.rating.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One privileged action to record. Build it with {@link #of} and add details with {@link #with}; the
 * trail stamps the time unless the event carries the time it happened elsewhere ({@link #at}, Keycloak's
 * events).
 *
 * @param tenant the tenant acted for (the caller's, from the token); {@code ""} for the platform's chain
 * @param actor the username, or {@code system:<job>} for the platform's own jobs
 * @param clientAddress the client's IP address as the API saw it; null for jobs
 * @param action what was done
 * @param targetType what kind of thing was acted on (e.g. {@code scheme}, {@code ratingRun}, {@code user})
 * @param targetId which one (an id, a version, a username)
 * @param details more about it (kept sorted by key); never personal data: name the field revealed, not its
 *     value
 * @param at when it happened, or null for now
 */
public record AuditEvent(
        String tenant,
        String actor,
        String clientAddress,
        AuditAction action,
        String targetType,
        String targetId,
        Map<String, String> details,
        Instant at) {

    public AuditEvent {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }

    public static AuditEvent of(
            String tenant, String actor, String clientAddress, AuditAction action, String targetType, Object targetId) {
        return new AuditEvent(
                tenant,
                actor,
                clientAddress,
                action,
                targetType,
                targetId == null ? null : String.valueOf(targetId),
                Map.of(),
                null);
    }

    /** This event with one more detail (a null value is left out). */
    public AuditEvent with(String key, Object value) {
        if (value == null) {
            return this;
        }
        var more = new TreeMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditEvent(tenant, actor, clientAddress, action, targetType, targetId, more, at);
    }

    /** This event as having happened at the given time (events pulled from elsewhere). */
    public AuditEvent at(Instant when) {
        return new AuditEvent(tenant, actor, clientAddress, action, targetType, targetId, details, when);
    }
}
