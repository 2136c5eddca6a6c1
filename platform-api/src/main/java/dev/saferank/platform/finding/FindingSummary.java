package dev.saferank.platform.finding;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
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

    /**
     * True when every field selected on the findings (in fragments too; aliases do not matter) is
     * a summary field. Reads the request's syntax tree: graphql-java's selection set API builds a
     * normalized operation for that, 3 % of the server's time for an agencies page. A field left
     * out by {@code @skip}/{@code @include} still counts, which only ever asks for the full row.
     */
    static boolean covers(DataFetchingEnvironment env) {
        for (Field field : env.getMergedField().getFields()) {
            if (!covers(field.getSelectionSet(), env.getFragmentsByName())) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return true;
        }
        for (Selection<?> selection : selections.getSelections()) {
            boolean covered =
                    switch (selection) {
                        case Field field -> FIELDS.contains(field.getName());
                        case InlineFragment inline -> covers(inline.getSelectionSet(), fragments);
                        case FragmentSpread spread ->
                            fragments.containsKey(spread.getName()) // validation refuses cycles
                                    && covers(fragments.get(spread.getName()).getSelectionSet(), fragments);
                        default -> false;
                    };
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
