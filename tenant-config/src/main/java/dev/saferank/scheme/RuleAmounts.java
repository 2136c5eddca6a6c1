package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.Optional;

/** The unsigned amount one rule contributes, before the item's own bounds. */
final class RuleAmounts {
    /**
     * A rule's contribution.
     *
     * @param amount unsigned amount
     * @param capped whether the rule's cap cut it
     * @param count occurrences
     * @param zeroes whether the rule zeroes its item
     * @param note how the amount was reached
     */
    record Step(BigDecimal amount, boolean capped, int count, boolean zeroes, String note) {}

    private RuleAmounts() {}

    /** The step of a finding-based, computed or measured rule; empty when it did not apply. */
    static Optional<Step> of(CompiledScheme.CompiledRule cr, int count, BigDecimal value, Tally t, CompiledScheme c) {
        return switch (cr.rule()) {
            case Rule.Fixed f ->
                count > 0
                        ? Optional.of(new Step(
                                f.points(),
                                false,
                                count,
                                false,
                                "once: " + f.points().toPlainString()))
                        : Optional.empty();
            case Rule.PerOccurrence o -> count > 0 ? Optional.of(perOccurrence(cr, o, count)) : Optional.empty();
            case Rule.Zeroing z ->
                count > 0
                        ? Optional.of(new Step(BigDecimal.ZERO, false, count, true, "item scores 0"))
                        : Optional.empty();
            case Rule.Proportional p ->
                value == null
                        ? Optional.empty()
                        : Optional.of(new Step(
                                p.points().multiply(value),
                                false,
                                1,
                                false,
                                p.points().toPlainString() + " × " + value.toPlainString()));
            case Rule.Amount a ->
                value == null
                        ? Optional.empty()
                        : Optional.of(new Step(value, false, 1, false, "awarded " + value.toPlainString()));
            case Rule.Computed k ->
                positive(
                        capped(cr.expression().orElseThrow().evaluate(new ExprEnv(t)), k.cap(), "= " + k.expression()));
            case Rule.Measured m -> measured(cr, m, t, c);
            default -> Optional.empty();
        };
    }

    private static Step perOccurrence(CompiledScheme.CompiledRule cr, Rule.PerOccurrence o, int count) {
        BigDecimal raw = count == 1 ? o.points() : o.points().multiply(BigDecimal.valueOf(count));
        String note = count + " × " + cr.points();
        if (o.cap().isPresent() && raw.compareTo(o.cap().get()) > 0) {
            return new Step(o.cap().get(), true, count, false, note + ", capped at " + cr.cap());
        }
        return new Step(raw, false, count, false, note);
    }

    private static Optional<Step> measured(CompiledScheme.CompiledRule cr, Rule.Measured m, Tally t, CompiledScheme c) {
        MeasurementSpec spec = c.scheme.measurements().get(m.measurement());
        BigDecimal agg =
                Aggregates.aggregate(m.aggregate(), t.facts.measurements().get(m.measurement()), spec);
        BigDecimal amount = cr.expression().orElseThrow().evaluate(new ExprEnv(t, m.as(), agg));
        return positive(capped(
                amount, m.cap(), m.as() + " = " + agg.stripTrailingZeros().toPlainString() + "; " + m.expression()));
    }

    private static Step capped(BigDecimal amount, Optional<BigDecimal> cap, String note) {
        BigDecimal nonNegative = amount.max(BigDecimal.ZERO);
        if (cap.isPresent() && nonNegative.compareTo(cap.get()) > 0) {
            return new Step(
                    cap.get(), true, 0, false, note + ", capped at " + cap.get().toPlainString());
        }
        return new Step(nonNegative, false, 0, false, note);
    }

    private static Optional<Step> positive(Step s) {
        // computed and measured rules are always shown: a zero amount is an explanation too
        return Optional.of(s);
    }
}
