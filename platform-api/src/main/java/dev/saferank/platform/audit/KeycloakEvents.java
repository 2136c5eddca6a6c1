package dev.saferank.platform.audit;

import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditEvent;
import dev.saferank.rating.audit.AuditTrail;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulls Keycloak's events into the audit trail (the realm stores them: {@code eventsEnabled},
 * {@code adminEventsEnabled} in infra/keycloak/realm-saferank.json): sign-in failures ({@code LOGIN_ERROR}
 * and the like) as {@link AuditAction#SIGN_IN_FAILED}, and user management done in Keycloak's own admin
 * console (users, their roles, groups and organization memberships) as {@link AuditAction#USER_ADMINISTERED}.
 * What the API itself does through its admin client is recorded by the API with the real actor, so admin
 * events of that client are skipped. The tenant is the user's organization (none: the platform's chain).
 *
 * <p>Each source has a cursor row ({@code audit_ingest_cursor}): a batch runs under its row lock, so that of
 * several nodes one pulls at a time and the next continues where it ended; the records and the cursor
 * commit together, so an event is recorded exactly once. The schedule itself fires on one node at a time
 * (ShedLock row {@code keycloak-events}), so the other nodes do not even ask Keycloak meanwhile.
 */
@Component
class KeycloakEvents {

    private static final Logger log = LoggerFactory.getLogger(KeycloakEvents.class);
    static final List<String> SIGN_IN_FAILURES =
            List.of("LOGIN_ERROR", "CLIENT_LOGIN_ERROR", "CODE_TO_TOKEN_ERROR", "RESET_PASSWORD_ERROR");
    static final List<String> USER_RESOURCES = List.of(
            "USER",
            "REALM_ROLE_MAPPING",
            "CLIENT_ROLE_MAPPING",
            "GROUP_MEMBERSHIP",
            "ORGANIZATION_MEMBERSHIP",
            "ORGANIZATION");
    private static final int BATCH = 200;

    private final Keycloak keycloak;
    private final AuditTrail trail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String realm;
    private final String apiClient;
    private final boolean enabled;

    KeycloakEvents(
            Keycloak keycloak,
            AuditTrail trail,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${saferank.keycloak.realm:saferank}") String realm,
            @Value("${saferank.keycloak.admin.client-id:saferank-admin}") String apiClient,
            @Value("${saferank.audit.keycloak-events.enabled:true}") boolean enabled) {
        this.keycloak = keycloak;
        this.trail = trail;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.realm = realm;
        this.apiClient = apiClient;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${saferank.audit.keycloak-events.interval:60s}",
            initialDelayString = "${saferank.audit.keycloak-events.initial-delay:30s}")
    @SchedulerLock(name = "keycloak-events", lockAtMostFor = "PT5M")
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            pull();
        } catch (RuntimeException e) {
            // Keycloak unreachable or starting: the cursor did not move, the next run takes the same events
            log.warn("Keycloak events not pulled into the audit trail: {}", e.toString());
        }
    }

    /**
     * Pulls both kinds until a batch records fewer than a full batch; returns how many events were recorded
     * (what is left is pulled on the next schedule).
     */
    int pull() {
        int recorded = 0;
        int n;
        do {
            n = transactions.execute(s -> signInFailures());
            recorded += n;
        } while (n == BATCH);
        do {
            n = transactions.execute(s -> adminEvents());
            recorded += n;
        } while (n == BATCH);
        return recorded;
    }

    private record Cursor(long lastTime, Set<String> lastIds) {

        boolean seen(long time, String id) {
            return time < lastTime || (time == lastTime && lastIds.contains(id));
        }
    }

    private Cursor lock(String source) {
        return jdbc.queryForObject(
                "SELECT last_time, last_ids FROM audit_ingest_cursor WHERE source = ? FOR UPDATE",
                (rs, n) -> new Cursor(
                        rs.getLong(1),
                        rs.getString(2).isEmpty()
                                ? Set.of()
                                : Set.of(rs.getString(2).split(","))),
                source);
    }

    private void advance(String source, long time, Set<String> ids) {
        jdbc.update(
                "UPDATE audit_ingest_cursor SET last_time = ?, last_ids = ? WHERE source = ?",
                time,
                String.join(",", ids),
                source);
    }

    private int signInFailures() {
        Cursor cursor = lock("keycloak-login");
        RealmResource r = keycloak.realm(realm);
        List<EventRepresentation> events = new java.util.ArrayList<>(
                r.getEvents(SIGN_IN_FAILURES, null, null, cursor.lastTime(), Long.MAX_VALUE, null, 0, BATCH, "asc"));
        // oldest first whatever order the server answers in: the cursor only moves forward
        events.sort(java.util.Comparator.comparingLong(EventRepresentation::getTime)
                .thenComparing(EventRepresentation::getId));
        int recorded = 0;
        Map<String, Optional<String>> tenants = new HashMap<>();
        long time = cursor.lastTime();
        Set<String> ids = new HashSet<>(cursor.lastIds());
        for (EventRepresentation e : events) {
            if (cursor.seen(e.getTime(), e.getId())) {
                continue;
            }
            Map<String, String> details = e.getDetails() == null ? Map.of() : e.getDetails();
            String username = clip(details.getOrDefault("username", e.getUserId() == null ? "（未知）" : e.getUserId()));
            String tenant = e.getUserId() == null
                    ? ""
                    : tenants.computeIfAbsent(e.getUserId(), this::tenantOf).orElse("");
            trail.record(AuditEvent.of(tenant, username, e.getIpAddress(), AuditAction.SIGN_IN_FAILED, "user", username)
                    .with("keycloakEvent", e.getType())
                    .with("error", e.getError())
                    .with("client", e.getClientId())
                    .with("keycloakEventId", e.getId())
                    .at(Instant.ofEpochMilli(e.getTime())));
            recorded++;
            if (e.getTime() != time) {
                time = e.getTime();
                ids.clear();
            }
            ids.add(e.getId());
        }
        advance("keycloak-login", time, ids);
        return recorded;
    }

    private int adminEvents() {
        Cursor cursor = lock("keycloak-admin");
        RealmResource r = keycloak.realm(realm);
        List<AdminEventRepresentation> events = new java.util.ArrayList<>(r.getAdminEvents(
                null,
                null,
                null,
                null,
                null,
                null,
                USER_RESOURCES,
                cursor.lastTime(),
                Long.MAX_VALUE,
                0,
                BATCH,
                "asc"));
        events.sort(java.util.Comparator.comparingLong(AdminEventRepresentation::getTime)
                .thenComparing(AdminEventRepresentation::getId));
        int taken = 0;
        Map<String, Optional<String>> tenants = new HashMap<>();
        long time = cursor.lastTime();
        Set<String> ids = new HashSet<>(cursor.lastIds());
        for (AdminEventRepresentation e : events) {
            if (cursor.seen(e.getTime(), e.getId())) {
                continue;
            }
            if (e.getTime() != time) {
                time = e.getTime();
                ids.clear();
            }
            ids.add(e.getId());
            taken++;
            var auth = e.getAuthDetails();
            String actor = auth == null || auth.getUserId() == null ? "keycloak" : usernameOf(auth.getUserId());
            if (actor.equals("service-account-" + apiClient)) {
                continue; // the API's own calls: recorded by the API with the bureau admin as actor
            }
            String path = e.getResourcePath() == null ? "" : e.getResourcePath();
            String tenant = tenantOfPath(path, tenants).orElse("");
            trail.record(AuditEvent.of(
                            tenant,
                            clip(actor),
                            auth == null ? null : auth.getIpAddress(),
                            AuditAction.USER_ADMINISTERED,
                            e.getResourceType(),
                            clip(path))
                    .with("operation", e.getOperationType())
                    .with("error", e.getError())
                    .with("keycloakEventId", e.getId())
                    .at(Instant.ofEpochMilli(e.getTime())));
        }
        advance("keycloak-admin", time, ids);
        return taken;
    }

    private final Map<String, String> usernames = new java.util.concurrent.ConcurrentHashMap<>();

    private String usernameOf(String userId) {
        return usernames.computeIfAbsent(userId, id -> {
            try {
                return keycloak.realm(realm).users().get(id).toRepresentation().getUsername();
            } catch (RuntimeException gone) {
                return id;
            }
        });
    }

    /** The tenant of a resource path: {@code users/<id>…} by the user's organization, or {@code organizations/<id>…}. */
    private Optional<String> tenantOfPath(String path, Map<String, Optional<String>> cache) {
        String[] parts = path.split("/");
        if (parts.length >= 2 && parts[0].equals("users")) {
            return cache.computeIfAbsent(parts[1], this::tenantOf);
        }
        if (parts.length >= 2 && parts[0].equals("organizations")) {
            try {
                return Optional.ofNullable(keycloak.realm(realm)
                        .organizations()
                        .get(parts[1])
                        .toRepresentation()
                        .getAlias());
            } catch (RuntimeException gone) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The organization (tenant) of a user, if exactly one. */
    private Optional<String> tenantOf(String userId) {
        try {
            List<OrganizationRepresentation> orgs =
                    keycloak.realm(realm).organizations().members().getOrganizations(userId, true);
            return orgs.size() == 1 ? Optional.ofNullable(orgs.getFirst().getAlias()) : Optional.empty();
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }

    private static String clip(String s) {
        return s == null ? null : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
