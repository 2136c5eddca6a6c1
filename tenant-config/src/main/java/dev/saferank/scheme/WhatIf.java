package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates the same population under two scheme versions and lists, per agency, the score change, a
 * band crossing and the rank move: what a bureau wants to know before adopting a new version.
 */
public final class WhatIf {
    private WhatIf() {}

    /**
     * Compares two scheme versions on one population.
     *
     * @throws InvalidFactsException if the population does not fit either scheme (problems prefixed A: / B:)
     */
    public static Report compare(Scheme before, Scheme after, List<Facts> population) {
        PopulationResult a = run("A", before, population);
        PopulationResult b = run("B", after, population);
        List<Change> changes = new ArrayList<>();
        for (Evaluation ea : a.evaluations()) {
            Evaluation eb = b.evaluation(ea.agency()).orElseThrow();
            Optional<BigDecimal> delta = ea.total().flatMap(x -> eb.total().map(y -> y.subtract(x)));
            changes.add(new Change(
                    ea.agency(),
                    ea.total(),
                    eb.total(),
                    delta,
                    ea.grade(),
                    eb.grade(),
                    !Objects.equals(ea.grade(), eb.grade()),
                    a.rank(ea.agency()),
                    b.rank(ea.agency())));
        }
        return new Report(before.version(), after.version(), List.copyOf(changes));
    }

    private static PopulationResult run(String label, Scheme scheme, List<Facts> population) {
        try {
            return new ScoringEngine(scheme).evaluatePopulation(population);
        } catch (InvalidFactsException e) {
            throw new InvalidFactsException(e.problems().stream()
                    .map(p -> new Problem(label + ":" + p.path(), p.message()))
                    .toList());
        }
    }

    /**
     * The comparison.
     *
     * @param before the version compared from
     * @param after the version compared to
     * @param changes one line per agency, in population order
     */
    public record Report(String before, String after, List<Change> changes) {
        /** The agencies whose total, grade or rank changed. */
        public List<Change> changed() {
            return changes.stream().filter(Change::changed).toList();
        }
    }

    /**
     * One agency under both versions.
     *
     * @param agency the agency id
     * @param totalBefore total under the first version (empty if excluded)
     * @param totalAfter total under the second version (empty if excluded)
     * @param delta after − before, when both exist
     * @param gradeBefore grade under the first version
     * @param gradeAfter grade under the second version
     * @param bandCrossed whether the grade changed
     * @param rankBefore overall rank under the first version
     * @param rankAfter overall rank under the second version
     */
    public record Change(
            String agency,
            Optional<BigDecimal> totalBefore,
            Optional<BigDecimal> totalAfter,
            Optional<BigDecimal> delta,
            Optional<String> gradeBefore,
            Optional<String> gradeAfter,
            boolean bandCrossed,
            Optional<Integer> rankBefore,
            Optional<Integer> rankAfter) {

        /** Whether anything changed for this agency. */
        public boolean changed() {
            return bandCrossed
                    || !rankBefore.equals(rankAfter)
                    || delta.map(d -> d.signum() != 0).orElse(totalBefore.isPresent() != totalAfter.isPresent());
        }
    }
}
