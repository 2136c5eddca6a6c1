package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.finding.FindingSummary.Column;
import dev.saferank.platform.finding.FindingSummary.Columns;
import org.junit.jupiter.api.Test;

/** The select list of summary rows and the label that tells the row reader which columns it holds. */
class FindingSummaryColumnsTest {

    @Test
    void theAgenciesPagesColumnsAreSelectedAndTheOthersAreNull() {
        // ruleCode (bit 2), count (3), evidence (4), status (6): 4 + 8 + 16 + 64
        var columns =
                new Columns(bit(Column.RULE_CODE) | bit(Column.COUNT) | bit(Column.EVIDENCE) | bit(Column.STATUS));

        assertThat(columns.selectList())
                .isEqualTo("id AS s92, agency_id, NULL, NULL, rule_code, count, evidence, NULL, status");
        assertThat(Columns.bitsOf("s92")).isEqualTo(92);
    }

    @Test
    void everyColumnAndNoColumn() {
        assertThat(Columns.ALL.selectList())
                .isEqualTo("id AS s127, agency_id, year, kind, rule_code, count, evidence, source, status");
        assertThat(new Columns(0).selectList())
                .isEqualTo("id AS s0, agency_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL");
        assertThat(Columns.bitsOf("s0")).isZero();
    }

    @Test
    void aLabelThatIsNotOursReadsEveryColumn() {
        assertThat(Columns.bitsOf("id")).isEqualTo(127);
        assertThat(Columns.bitsOf("s")).isEqualTo(127);
        assertThat(Columns.bitsOf("sx")).isEqualTo(127);
        assertThat(Columns.bitsOf(null)).isEqualTo(127);
    }

    private static int bit(Column column) {
        return 1 << column.ordinal();
    }
}
