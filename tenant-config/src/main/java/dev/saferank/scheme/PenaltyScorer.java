package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores the penalties outside the total (减分项): per sanction event, per finding, or computed. */
final class PenaltyScorer {
    private PenaltyScorer() {}

    static Optional<Evaluation.PartResult> score(Tally t, CompiledScheme c) {
        if (c.scheme.penalties().isEmpty()) {
            return Optional.empty();
        }
        List<Evaluation.ItemResult> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CompiledScheme.CompiledItem ci : c.penaltyItems) {
            BigDecimal sum = BigDecimal.ZERO;
            List<Evaluation.TrailEntry> trail = new ArrayList<>();
            for (CompiledScheme.CompiledRule cr : ci.rules()) {
                Optional<Evaluation.TrailEntry> e = cr.rule() instanceof Rule.Sanction s
                        ? sanction(s, t)
                        : RuleAmounts.of(cr, t.counts[cr.index()], null, t, c)
                                .map(st -> new Evaluation.TrailEntry(
                                        cr.rule().code(),
                                        cr.rule().wording(),
                                        st.count(),
                                        st.amount().negate(),
                                        st.capped(),
                                        Optional.empty(),
                                        st.note()));
                if (e.isPresent()) {
                    trail.add(e.get());
                    sum = sum.add(e.get().amount().negate());
                }
            }
            BigDecimal points = ci.item().max().map(sum::min).orElse(sum);
            items.add(ItemScorer.result(ci.item(), points, trail));
            total = total.add(points);
        }
        return Optional.of(new Evaluation.PartResult(total, false, List.copyOf(items)));
    }

    private static Optional<Evaluation.TrailEntry> sanction(Rule.Sanction s, Tally t) {
        int n = 0;
        if (s.levels().isEmpty()) {
            n = t.sanctions(s.sanction(), null);
        } else {
            for (Level l : s.levels()) {
                n += t.sanctions(s.sanction(), l);
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        BigDecimal raw = s.points().multiply(BigDecimal.valueOf(n));
        boolean capped = s.cap().filter(cap -> raw.compareTo(cap) > 0).isPresent();
        BigDecimal amount = capped ? s.cap().get() : raw;
        return Optional.of(new Evaluation.TrailEntry(
                s.code(),
                s.wording(),
                n,
                amount.negate(),
                capped,
                Optional.empty(),
                n + " × " + s.points().toPlainString() + (capped ? ", capped" : "")));
    }
}
