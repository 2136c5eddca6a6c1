package dev.saferank.scheme;

import dev.saferank.scheme.expr.Expression;
import java.math.BigDecimal;

/**
 * Variable values for one agency: {@code agency.<field>}, {@code sanctions.<type>[.<level>]} and the
 * measured value's local name. Names were checked at validation, so the parsing here is of trusted text
 * and happens only for the few expressions a scheme has.
 */
final class ExprEnv implements Expression.Env {
    private final Tally tally;
    private final String local;
    private final BigDecimal localValue;

    ExprEnv(Tally tally) {
        this(tally, null, null);
    }

    ExprEnv(Tally tally, String local, BigDecimal localValue) {
        this.tally = tally;
        this.local = local;
        this.localValue = localValue;
    }

    @Override
    public BigDecimal value(String name) {
        if (name.equals(local)) {
            return localValue;
        }
        if (name.startsWith("agency.")) {
            // presence was checked with the facts: every field an expression reads is required
            return tally.facts.data().get(name.substring(7));
        }
        // sanctions.<type> or sanctions.<type>.<level>
        int dot = name.indexOf('.', 10);
        String type = dot < 0 ? name.substring(10) : name.substring(10, dot);
        Level level = dot < 0 ? null : Level.of(name.substring(dot + 1)).orElseThrow();
        return BigDecimal.valueOf(tally.sanctions(SanctionType.of(type).orElseThrow(), level));
    }
}
