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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Whether a request's selection of findings is satisfied by summary rows (see {@link Finding}),
 * and which of their columns it reads: only fields read from the summary columns, or resolved from
 * the id alone ({@code history}, {@code rectification}). Any other field (dates, value, who
 * recorded it) needs the full row.
 */
final class FindingSummary {

    /** The optional columns of a summary row, in the order of its select list, and their fields. */
    enum Column {
        YEAR("year", "year"),
        KIND("kind", "kind"),
        RULE_CODE("rule_code", "ruleCode"),
        COUNT("count", "count"),
        EVIDENCE("evidence", "evidence"),
        SOURCE("source", "source"),
        STATUS("status", "status");

        final String name;
        final String field;

        Column(String name, String field) {
            this.name = name;
            this.field = field;
        }
    }

    /** Fields of {@code Finding} a summary row answers without a column of its own. */
    private static final Set<String> ID_FIELDS = Set.of("__typename", "id", "agencyId", "history", "rectification");

    private static final Map<String, Column> COLUMNS =
            Stream.of(Column.values()).collect(Collectors.toUnmodifiableMap(column -> column.field, column -> column));

    /**
     * The columns a selection reads, as a set of {@link Column} bits, and the select list of a
     * summary statement: {@code id, agency_id} and each optional column or {@code NULL} in its
     * place, so that positions never change. The id's label names the bits ({@code id AS s84}):
     * the row reader gets that label from MyBatis and reads the columns selected only (a driver
     * call on a NULL costs as much as on a value).
     */
    record Columns(int bits) {

        static final Columns ALL = new Columns((1 << Column.values().length) - 1);

        private static final String LABEL = "s";

        boolean has(Column column) {
            return has(bits, column);
        }

        static boolean has(int bits, Column column) {
            return (bits & (1 << column.ordinal())) != 0;
        }

        /** {@code id AS s84, agency_id, NULL, NULL, rule_code, …}: from {@link Column}, never from a request. */
        String selectList() {
            return Stream.of(Column.values())
                    .map(column -> has(column) ? column.name : "NULL")
                    .collect(Collectors.joining(", ", "id AS " + LABEL + bits + ", agency_id, ", ""));
        }

        /** The bits named by the id's label; every column when the label is not one of ours. */
        static int bitsOf(@Nullable String idLabel) {
            if (idLabel == null || !idLabel.startsWith(LABEL) || idLabel.length() == LABEL.length()) {
                return ALL.bits();
            }
            try {
                return Integer.parseInt(idLabel, LABEL.length(), idLabel.length(), 10);
            } catch (NumberFormatException e) {
                return ALL.bits();
            }
        }
    }

    private FindingSummary() {}

    /**
     * The summary columns every field selected on the findings reads (in fragments too; aliases do
     * not matter), or null when a field needs the full row. Reads the request's syntax tree:
     * graphql-java's selection set API builds a normalized operation for that, 3 % of the server's
     * time for an agencies page. A field left out by {@code @skip}/{@code @include} still counts,
     * which only ever reads a column more.
     */
    static @Nullable Columns columns(DataFetchingEnvironment env) {
        int[] bits = {0};
        for (Field field : env.getMergedField().getFields()) {
            if (!collect(field.getSelectionSet(), env.getFragmentsByName(), bits)) {
                return null;
            }
        }
        return new Columns(bits[0]);
    }

    private static boolean collect(SelectionSet selections, Map<String, FragmentDefinition> fragments, int[] bits) {
        if (selections == null) {
            return true;
        }
        for (Selection<?> selection : selections.getSelections()) {
            boolean covered =
                    switch (selection) {
                        case Field field -> {
                            Column column = COLUMNS.get(field.getName());
                            if (column != null) {
                                bits[0] |= 1 << column.ordinal();
                            }
                            yield column != null || ID_FIELDS.contains(field.getName());
                        }
                        case InlineFragment inline -> collect(inline.getSelectionSet(), fragments, bits);
                        case FragmentSpread spread ->
                            fragments.containsKey(spread.getName()) // validation refuses cycles
                                    && collect(fragments.get(spread.getName()).getSelectionSet(), fragments, bits);
                        default -> false;
                    };
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
