package dev.saferank.platform.audit;

import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditEvent;
import dev.saferank.rating.audit.AuditRecord;
import dev.saferank.rating.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a privileged action of the signed-in caller: tenant (the token's organization, {@code ""} for
 * the platform admin), username and client address filled in. Call it last in the action's transaction.
 *
 * <p>In a GraphQL controller take the address from the context, where {@code complaint.ClientAddress} puts
 * it for every request: {@code @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String
 * clientAddress}. In a REST controller pass the {@link HttpServletRequest}.
 */
@Component
public class Auditing {

    /** The GraphQL context key of the client's address. */
    public static final String CLIENT_ADDRESS = "clientAddress";

    /** What an action was done to, and more about it (values written as text, nulls left out). */
    public record Target(String type, Object id, Map<String, Object> details) {

        public static Target of(String type, Object id) {
            return new Target(type, id, Map.of());
        }

        public Target with(String key, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(details);
            more.put(key, value);
            return new Target(type, id, more);
        }
    }

    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final List<String> trustedProxies;

    Auditing(
            AuditTrail trail,
            PlatformTransactionManager transactions,
            @Value("${saferank.complaints.trusted-proxies:}") List<String> trustedProxies) {
        this.trail = trail;
        this.transactions = new TransactionTemplate(transactions);
        this.trustedProxies = trustedProxies;
    }

    /**
     * Runs a privileged change and records it in one transaction (the change's own {@code @Transactional}
     * joins it): both are written or neither. A change that is refused (throws) is not recorded.
     *
     * @param target what the change's result says was acted on
     */
    public <T> T audited(
            Authentication auth,
            String clientAddress,
            AuditAction action,
            Supplier<T> change,
            Function<? super T, Target> target) {
        return transactions.execute(status -> {
            T result = change.get();
            Target t = target.apply(result);
            record(auth, clientAddress, action, t.type(), t.id(), t.details());
            return result;
        });
    }

    /** Records the caller's action; {@code details} values are written as text, null values left out. */
    public AuditRecord record(
            Authentication auth,
            String clientAddress,
            AuditAction action,
            String targetType,
            Object targetId,
            Map<String, ?> details) {
        Caller caller = Callers.require(auth);
        AuditEvent event = AuditEvent.of(
                caller.tenant().orElse(""), caller.username(), clientAddress, action, targetType, targetId);
        if (details != null) {
            for (var detail : details.entrySet()) {
                event = event.with(detail.getKey(), detail.getValue());
            }
        }
        return trail.record(event);
    }

    /** The same for a REST request: the client's address is read from it. */
    public AuditRecord record(
            Authentication auth,
            HttpServletRequest request,
            AuditAction action,
            String targetType,
            Object targetId,
            Map<String, ?> details) {
        return record(auth, clientAddress(request), action, targetType, targetId, details);
    }

    /**
     * The client's address: the connection's peer, or the last address a trusted reverse proxy appended to
     * {@code X-Forwarded-For} (the proxies of {@code saferank.complaints.trusted-proxies}, as for GraphQL).
     */
    public String clientAddress(HttpServletRequest request) {
        String direct = request.getRemoteAddr();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(direct)) {
            return direct;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? direct : last;
    }
}
