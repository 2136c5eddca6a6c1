package dev.saferank.scheme;

import dev.saferank.scheme.expr.Expression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What decides the outcome beyond the points: exclusions, vetoes and the grade band. */
final class Outcomes {
    private Outcomes() {}

    /** The first exclusion that applies, in scheme order. */
    static Optional<Evaluation.Outcome> exclusion(Tally t, CompiledScheme c) {
        List<Exclusion> exclusions = c.scheme.exclusions();
        for (int i = 0; i < exclusions.size(); i++) {
            if (t.exclusionFound[i] || holds(c.exclusionWhen.get(i), t)) {
                return Optional.of(new Evaluation.Outcome(
                        exclusions.get(i).code(), exclusions.get(i).wording()));
            }
        }
        return Optional.empty();
    }

    /**
     * The first exclusion, in scheme order, that the facts at hand decide, for facts that are otherwise
     * incomplete: one named by a finding, or whose condition can be evaluated without the missing facts
     * (an expression that reads a missing field cannot be evaluated and decides nothing).
     */
    static Optional<Evaluation.Outcome> decidableExclusion(Tally t, CompiledScheme c) {
        List<Exclusion> exclusions = c.scheme.exclusions();
        for (int i = 0; i < exclusions.size(); i++) {
            boolean applies = t.exclusionFound[i];
            if (!applies && c.exclusionWhen.get(i).isPresent()) {
                try {
                    applies = holds(c.exclusionWhen.get(i), t);
                } catch (RuntimeException undecided) {
                    applies = false; // reads a fact that is missing
                }
            }
            if (applies) {
                return Optional.of(new Evaluation.Outcome(
                        exclusions.get(i).code(), exclusions.get(i).wording()));
            }
        }
        return Optional.empty();
    }

    /** Every veto that applies, in scheme order. */
    static List<Evaluation.Outcome> vetoes(Tally t, CompiledScheme c) {
        List<Evaluation.Outcome> out = new ArrayList<>(0);
        List<Veto> vetoes = c.scheme.vetoes();
        for (int i = 0; i < vetoes.size(); i++) {
            if (t.vetoFound[i] || holds(c.vetoWhen.get(i), t)) {
                out.add(new Evaluation.Outcome(
                        vetoes.get(i).code(), vetoes.get(i).wording()));
            }
        }
        return out;
    }

    /** The first applying veto's grade, else the band of the rounded total. */
    static String grade(BigDecimal total, List<Evaluation.Outcome> vetoes, Scheme s) {
        if (!vetoes.isEmpty()) {
            String code = vetoes.getFirst().code();
            return s.vetoes().stream()
                    .filter(v -> v.code().equals(code))
                    .findFirst()
                    .orElseThrow()
                    .grade();
        }
        for (Band b : s.bands()) {
            if (b.min().isEmpty() || total.compareTo(b.min().get()) >= 0) {
                return b.label();
            }
        }
        throw new IllegalStateException("validated bands end with a band without min");
    }

    private static boolean holds(Optional<Expression> when, Tally t) {
        return when.isPresent() && when.get().evaluate(new ExprEnv(t)).signum() != 0;
    }
}
