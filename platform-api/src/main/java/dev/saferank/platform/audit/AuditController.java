package dev.saferank.platform.audit;

import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditQuery;
import dev.saferank.rating.audit.AuditRecord;
import dev.saferank.rating.audit.AuditTrail;
import dev.saferank.rating.audit.AuditVerification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The audit log for those who answer for it: a bureau admin reads, filters and verifies its own tenant's
 * chain only; the platform admin every chain. Nobody else reads it.
 */
@Controller
class AuditController {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_LIMIT = 200;

    record AuditFilter(
            String tenant,
            String actor,
            String action,
            String targetType,
            String targetId,
            LocalDate from,
            LocalDate to) {}

    record AuditLogPage(long total, List<AuditRecord> records) {}

    record AuditDetail(String key, String value) {}

    record AuditActionInfo(String code, String label) {}

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'platform-admin')")
    AuditLogPage auditLog(
            @Argument AuditFilter filter, @Argument Integer offset, @Argument Integer limit, Authentication auth) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 50 : limit;
        if (from < 0) {
            throw new InvalidInputException("offset", "INVALID_OFFSET", "起始位置不能为负数");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "PAGE_SIZE", "每页条数须在 1 到 " + MAX_LIMIT + " 之间");
        }
        AuditQuery query = query(Callers.require(auth), filter);
        return new AuditLogPage(trail.count(query), trail.find(query, from, size));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'platform-admin')")
    List<AuditVerification> verifyAudit(Authentication auth) {
        Caller caller = Callers.require(auth);
        if (caller.hasRole("bureau-admin")) {
            return List.of(trail.verify(Callers.tenant(auth)));
        }
        return trail.chains().stream().map(trail::verify).toList();
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'platform-admin')")
    List<AuditActionInfo> auditActions() {
        return Arrays.stream(AuditAction.values())
                .map(a -> new AuditActionInfo(a.name(), a.label()))
                .toList();
    }

    @SchemaMapping(typeName = "AuditRecord")
    List<AuditDetail> details(AuditRecord record) {
        return record.details().entrySet().stream()
                .map(e -> new AuditDetail(e.getKey(), e.getValue()))
                .toList();
    }

    @SchemaMapping(typeName = "AuditRecord")
    String id(AuditRecord record) {
        return Long.toString(record.id());
    }

    /**
     * The query a caller may make: a bureau admin's is always its own tenant's (naming another tenant is
     * refused), the platform admin's any tenant's or all.
     */
    static AuditQuery query(Caller caller, AuditFilter filter) {
        AuditFilter f = filter == null ? new AuditFilter(null, null, null, null, null, null, null) : filter;
        String tenant;
        if (caller.hasRole("bureau-admin")) {
            tenant = caller.tenant().orElseThrow(ForbiddenException::new);
            if (f.tenant() != null && !f.tenant().equals(tenant)) {
                throw new ForbiddenException();
            }
        } else if (caller.hasRole("platform-admin")) {
            tenant = f.tenant();
        } else {
            throw new ForbiddenException();
        }
        if (f.action() != null
                && !f.action().isEmpty()
                && AuditAction.of(f.action()).isEmpty()) {
            throw new InvalidInputException("filter.action", "UNKNOWN_ACTION", "操作类型 " + f.action() + " 不存在");
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new InvalidInputException("filter.to", "INVALID_RANGE", "结束日期不能早于开始日期");
        }
        return new AuditQuery(
                tenant,
                blankToNull(f.actor()),
                blankToNull(f.action()),
                blankToNull(f.targetType()),
                blankToNull(f.targetId()),
                f.from() == null ? null : f.from().atStartOfDay(CHINA).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(CHINA).toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
