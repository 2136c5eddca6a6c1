package dev.saferank.platform.preview;

import java.math.BigDecimal;
import java.util.List;

/**
 * The what-if of two scheme versions over a year's recorded facts: every agency whose facts are complete
 * under both, with its total, grade and overall rank under each; the others with what is missing.
 */
record SchemeComparison(int year, String versionA, String versionB, List<Row> rows, List<Incomplete> incomplete) {

    public int changedCount() {
        return (int) rows.stream().filter(Row::changed).count();
    }

    /** One agency under both versions; totals are empty for an excluded agency. */
    record Row(
            long agencyId,
            String agencyName,
            BigDecimal totalA,
            BigDecimal totalB,
            String gradeA,
            String gradeB,
            Integer rankA,
            Integer rankB) {

        public BigDecimal delta() {
            return totalA == null || totalB == null ? null : totalB.subtract(totalA);
        }

        public boolean gradeChanged() {
            return !java.util.Objects.equals(gradeA, gradeB);
        }

        public boolean changed() {
            return gradeChanged()
                    || !java.util.Objects.equals(rankA, rankB)
                    || (delta() != null && delta().signum() != 0)
                    || (totalA == null) != (totalB == null);
        }
    }

    /** An agency left out because its facts are incomplete under a version (Chinese problems). */
    record Incomplete(long agencyId, String agencyName, String version, List<String> problems) {}
}
