package dev.saferank.scheme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** The value a proportional or amount finding carries, checked against its rule. */
final class FindingValues {
    private FindingValues() {}

    static Optional<BigDecimal> value(Facts.Finding g, Rule rule, String fp, Problems p) {
        if (rule instanceof Rule.Amount a) {
            if (g.of().isPresent()) {
                p.add(fp + ".of", "only proportional rules take a share as count of");
                return Optional.empty();
            }
            if (g.value().isEmpty()) {
                p.add(fp + ".value", "is required: rule " + g.rule() + " awards the amount the finding gives");
                return Optional.empty();
            }
            BigDecimal v = g.value().get();
            if (v.signum() < 0 || v.compareTo(a.cap()) > 0) {
                p.add(fp + ".value", "must be between 0 and " + a.cap().toPlainString());
                return Optional.empty();
            }
            return Optional.of(v);
        }
        if (g.of().isPresent()) {
            // 苏州 6: 1 of 3 visits missed is exactly 1/3, which no decimal value can write
            int of = g.of().get();
            if (g.value().isPresent()) {
                p.add(fp + ".value", "give either value or count and of, not both");
                return Optional.empty();
            }
            if (of < 1 || g.count() > of) {
                p.add(fp + ".of", "must be >= 1 and >= count");
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(g.count()).divide(BigDecimal.valueOf(of), MathContext.DECIMAL128));
        }
        if (g.value().isEmpty()) {
            p.add(fp + ".value", "is required: rule " + g.rule() + " is proportional");
            return Optional.empty();
        }
        BigDecimal v = g.value().get();
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            p.add(fp + ".value", "must be between 0 and 1");
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
