package dev.saferank.platform.finding;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.Set;

/**
 * Whether a request's selection of findings is satisfied by summary rows (see {@link Finding}):
 * only fields read from the summary columns, or resolved from the id alone ({@code history},
 * {@code rectification}). Any other field (dates, value, who recorded it) needs the full row.
 */
final class FindingSummary {

    /** Fields of {@code Finding} a summary row answers. */
    static final Set<String> FIELDS = Set.of(
            "__typename",
            "id",
            "agencyId",
            "year",
            "kind",
            "ruleCode",
            "count",
            "evidence",
            "source",
            "status",
            "history",
            "rectification");

    private FindingSummary() {}

    /** True when every field selected directly on the findings (fragments and aliases included) is a summary field. */
    static boolean covers(DataFetchingFieldSelectionSet selection) {
        for (SelectedField field : selection.getImmediateFields()) {
            if (!FIELDS.contains(field.getName())) {
                return false;
            }
        }
        return true;
    }
}
