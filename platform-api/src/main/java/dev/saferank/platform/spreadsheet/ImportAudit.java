package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.rating.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one place where spreadsheet imports and exports are audited: who, which tenant, from which address,
 * which file or export, how many rows (the audit trail, issue 16). The import is recorded once its rows are
 * committed; an export once it has been written out.
 */
@Component
class ImportAudit {

    private final Auditing auditing;

    ImportAudit(Auditing auditing) {
        this.auditing = auditing;
    }

    /** An agency sheet was imported. */
    void imported(
            Authentication auth, HttpServletRequest request, String fileName, AgencySheetImport.Imported imported) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fileName", fileName);
        details.put("agencies", imported.agencies());
        details.put("staff", imported.staff());
        details.put("engagements", imported.engagements());
        auditing.record(auth, request, AuditAction.IMPORTED, "import", "agencySheet", details);
    }

    /** An export was downloaded. */
    void exported(Authentication auth, HttpServletRequest request, String export, Object id, int rows) {
        auditing.record(auth, request, AuditAction.EXPORTED, "export", export, Map.of("of", id, "rows", rows));
    }
}
