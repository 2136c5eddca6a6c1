package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;

/** One agency's facts, checked against a compiled scheme and counted per rule index. */
final class Tally {
    /** Sanction counts by type ordinal and level ordinal; the last column counts events without a level. */
    static final int NO_LEVEL = Level.values().length;

    final Facts facts;
    final int[] counts;
    final BigDecimal[] values;
    final List<String> enterprises;
    final int[][] enterpriseCounts;
    final BigDecimal[][] enterpriseValues;
    final boolean[] vetoFound;
    final boolean[] exclusionFound;
    final int[][] sanctions = new int[SanctionType.values().length][NO_LEVEL + 1];
    /** The facts are incomplete, but an exclusion they decide applies: only that exclusion is evaluated. */
    boolean excludedDespiteProblems;

    Tally(Facts facts, CompiledScheme c) {
        this.facts = facts;
        this.counts = new int[c.ruleCount];
        this.values = new BigDecimal[c.ruleCount];
        this.enterprises = facts.sampledEnterprises();
        this.enterpriseCounts = new int[enterprises.size()][];
        this.enterpriseValues = new BigDecimal[enterprises.size()][];
        if (c.perEnterprise) {
            for (int e = 0; e < enterprises.size(); e++) {
                enterpriseCounts[e] = new int[c.ruleCount];
                enterpriseValues[e] = new BigDecimal[c.ruleCount];
            }
        }
        this.vetoFound = new boolean[c.scheme.vetoes().size()];
        this.exclusionFound = new boolean[c.scheme.exclusions().size()];
        for (Facts.Sanction s : facts.sanctions()) {
            sanctions[s.type().ordinal()][s.level().map(Enum::ordinal).orElse(NO_LEVEL)]++;
        }
    }

    /** Sanctions of a type at a level, or at any level (and none) when {@code level} is null. */
    int sanctions(SanctionType type, Level level) {
        int[] row = sanctions[type.ordinal()];
        if (level != null) {
            return row[level.ordinal()];
        }
        int sum = 0;
        for (int n : row) {
            sum += n;
        }
        return sum;
    }
}
