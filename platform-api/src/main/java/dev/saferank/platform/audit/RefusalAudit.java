package dev.saferank.platform.audit;

import dev.saferank.platform.graphql.AccessRefused;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditEvent;
import dev.saferank.rating.audit.AuditTrail;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every refused privileged change in the audit trail (等保 安全审计: attempts beyond one's rights are
 * security events): {@link AuditAction#ACCESS_REFUSED} with the caller (or {@code anonymous}), its tenant (the
 * platform's chain {@code ""} for callers without one), time, client address, the mutation or request refused,
 * the ids it named, the caller's roles and {@code outcome=refused}. Written in a transaction of its own: the
 * refused change wrote nothing, its record stays. A record that cannot be written is logged and the caller
 * still gets the refusal (never a server error instead).
 */
@Component
class RefusalAudit {

    private static final Logger log = LoggerFactory.getLogger(RefusalAudit.class);

    private final AuditTrail trail;
    private final TransactionTemplate separately;

    RefusalAudit(AuditTrail trail, PlatformTransactionManager transactions) {
        this.trail = trail;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void refused(AccessRefused refusal) {
        Optional<Caller> caller = Callers.of(refusal.authentication());
        AuditEvent event = AuditEvent.of(
                        caller.flatMap(Caller::tenant).orElse(""),
                        caller.map(Caller::username).orElse("anonymous"),
                        refusal.clientAddress(),
                        AuditAction.ACCESS_REFUSED,
                        refusal.targetType(),
                        refusal.target().length() > 100 ? refusal.target().substring(0, 100) : refusal.target())
                .with("outcome", "refused")
                .with("reason", refusal.reason())
                .with(
                        "roles",
                        caller.map(c -> String.join(",", new TreeSet<>(c.roles())))
                                .orElse(null));
        for (var id : refusal.ids().entrySet()) {
            event = event.with("id:" + id.getKey(), id.getValue());
        }
        AuditEvent recorded = event;
        try {
            separately.executeWithoutResult(status -> trail.record(recorded));
        } catch (RuntimeException e) {
            log.error(
                    "a refused {} {} could not be recorded in the audit trail",
                    refusal.targetType(),
                    recorded.targetId(),
                    e);
        }
    }
}
