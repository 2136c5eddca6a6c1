package dev.saferank.platform.spreadsheet;

import org.springframework.stereotype.Component;

/**
 * The one place where spreadsheet imports and exports are to be audited. Issue #16 adds the platform's
 * hash-chained audit log; when its API lands, each method here calls it (who, which tenant, which file or
 * export, how many rows). Until then nothing is recorded beyond the rows' own change history.
 */
@Component
class ImportAudit {

    /** An agency sheet was imported: #16's audit call goes here. */
    void imported(String tenant, String actor, String fileName, AgencySheetImport.Imported imported) {
        // #16: audit.record(tenant, actor, "agencySheetImported", fileName, imported)
    }

    /** An export was downloaded: #16's audit call goes here. */
    void exported(String tenant, String actor, String export, int rows) {
        // #16: audit.record(tenant, actor, "exported", export, rows)
    }
}
