package dev.saferank.platform.privacy;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.history.History;
import dev.saferank.rating.audit.AuditAction;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A bureau user reading personal data in full: allowed only with a stated reason (查看理由), and recorded with
 * who, when, from where, what and why before the data is returned: in the record's history (the console shows
 * it) and in the tamper-evident audit trail ({@code PERSONAL_DATA_REVEALED}, the fields named, never their
 * values). Call inside the transaction that reads the data.
 */
@Component
public class Reveals {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 200;
    /** The action recorded in the entity's history (and the audit trail). */
    public static final String ACTION = "personalDataRevealed";

    private final History history;
    private final Auditing auditing;

    Reveals(History history, Auditing auditing) {
        this.history = history;
        this.auditing = auditing;
    }

    /**
     * Checks the reason ({@code input.reason}, Chinese errors) and records the reveal.
     *
     * @param fields the fields revealed, e.g. contactName, contactPhone
     * @return the reason, trimmed
     */
    public String record(
            Authentication auth,
            String clientAddress,
            String tenant,
            String actor,
            String entityType,
            long id,
            List<String> fields,
            String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写查看理由");
        }
        if (trimmed.codePointCount(0, trimmed.length()) < MIN_REASON) {
            throw new InvalidInputException(
                    "input.reason", "TOO_SHORT", "查看理由过短（至少 " + MIN_REASON + " 个字），请写明用途，如“电话回访投诉人核实情况”");
        }
        if (trimmed.length() > MAX_REASON) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "查看理由过长（上限 " + MAX_REASON + " 字）");
        }
        history.record(tenant, entityType, id, ACTION, actor, trimmed, Map.of("fields", fields));
        auditing.record(
                auth,
                clientAddress,
                AuditAction.PERSONAL_DATA_REVEALED,
                entityType,
                id,
                Map.of("fields", String.join(",", fields), "reason", trimmed));
        return trimmed;
    }

    /**
     * A person's name and contact in full: refused (NO_CONTACT, {@code noContact} as its message) when the record
     * keeps none ({@code noContact} null: it keeps them), else the reason checked and the reveal recorded as {@link
     * #record} does before {@code open} reads them. Bad input comes back in the payload, nothing recorded.
     */
    public RevealContact.Payload contact(
            Authentication auth,
            String clientAddress,
            String tenant,
            String actor,
            String entityType,
            long id,
            List<String> fields,
            String reason,
            String noContact,
            Supplier<RevealContact.Contact> open) {
        try {
            if (noContact != null) {
                throw new InvalidInputException("input.id", "NO_CONTACT", noContact);
            }
            record(auth, clientAddress, tenant, actor, entityType, id, fields, reason);
        } catch (InvalidInputException invalid) {
            return new RevealContact.Payload(null, invalid.errors());
        }
        return new RevealContact.Payload(open.get(), List.of());
    }
}
