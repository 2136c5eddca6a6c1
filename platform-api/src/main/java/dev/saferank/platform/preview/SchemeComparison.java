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

    /**
     * One agency under both versions; totals are empty for an excluded agency. The item scores, vetoes and
     * exclusion under each version are those a rating under that version would give (the same facts, the
     * same engine).
     */
    record Row(
            long agencyId,
            String agencyName,
            BigDecimal totalA,
            BigDecimal totalB,
            String gradeA,
            String gradeB,
            Integer rankA,
            Integer rankB,
            List<String> vetoesA,
            List<String> vetoesB,
            String exclusionA,
            String exclusionB,
            List<ItemScore> itemsA,
            List<ItemScore> itemsB) {

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

    /** An item's points in an evaluation (sections, bonus and penalty items alike). */
    record ItemScore(String number, BigDecimal points) {}

    /** An agency left out because its facts are incomplete under a version (Chinese problems). */
    record Incomplete(long agencyId, String agencyName, String version, List<String> problems) {}
}
