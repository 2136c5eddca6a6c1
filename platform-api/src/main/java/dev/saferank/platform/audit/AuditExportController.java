package dev.saferank.platform.audit;

import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditQuery;
import dev.saferank.rating.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log as CSV (UTF-8 with a byte-order mark for Excel, Chinese header, oldest first, every record
 * with its hashes so that the export itself can be checked against the chain), with the same filters and
 * the same rights as {@code auditLog}. The export is itself recorded.
 */
@RestController
class AuditExportController {

    static final String HEADER = "序号,城市,链内序号,时间,操作人,客户端地址,操作,操作代码,对象类型,对象,详情,前一记录哈希,本记录哈希";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final AuditTrail trail;
    private final Auditing auditing;

    AuditExportController(AuditTrail trail, Auditing auditing) {
        this.trail = trail;
        this.auditing = auditing;
    }

    @GetMapping("/exports/audit.csv")
    @PreAuthorize("hasAnyRole('bureau-admin', 'platform-admin')")
    void export(
            @RequestParam(required = false) String tenant,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        AuditQuery query = AuditController.query(
                Callers.require(auth),
                new AuditController.AuditFilter(tenant, actor, action, targetType, targetId, from, to));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("审计日志.csv", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        int[] rows = {0};
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
        try {
            trail.each(query, r -> {
                rows[0]++;
                List<String> cells = List.of(
                        Long.toString(r.id()),
                        r.tenant().isEmpty() ? "平台" : r.tenant(),
                        Long.toString(r.seq()),
                        TIME.format(r.occurredAt().atZone(AuditController.CHINA)),
                        r.actor(),
                        nullToEmpty(r.clientAddress()),
                        r.actionLabel(),
                        r.action(),
                        nullToEmpty(r.targetType()),
                        nullToEmpty(r.targetId()),
                        r.details().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("；")),
                        r.prevHash(),
                        r.hash());
                try {
                    out.write(cells.stream().map(AuditExportController::cell).collect(Collectors.joining(",")));
                    out.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows[0]);
        details.put("tenant", query.tenant());
        details.put("actor", query.actor());
        details.put("action", query.action());
        details.put("targetType", query.targetType());
        details.put("targetId", query.targetId());
        details.put("from", from);
        details.put("to", to);
        auditing.record(auth, request, AuditAction.AUDIT_EXPORTED, "audit", null, details);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<String> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, List<UserError>>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** RFC 4180 quoting; a cell a spreadsheet would take for a formula is made literal. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
