package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores the sections: ordinary, pooled (floored as a whole) or averaged per sampled enterprise. */
final class SectionScorer {
    private SectionScorer() {}

    static List<Evaluation.SectionResult> score(Tally t, CompiledScheme c) {
        List<Evaluation.SectionResult> out = new ArrayList<>(c.sections.size());
        for (int s = 0; s < c.sections.size(); s++) {
            Section section = c.section(s);
            List<CompiledScheme.CompiledItem> items = c.sections.get(s);
            List<Evaluation.ItemResult> results = new ArrayList<>(items.size());
            BigDecimal max = section.effectiveMax();
            BigDecimal points;
            if (section.pool()) {
                BigDecimal deducted = BigDecimal.ZERO;
                for (CompiledScheme.CompiledItem ci : items) {
                    ItemScorer.Scored sc = ItemScorer.rules(ci, t.counts, t.values, t, c, Optional.empty());
                    deducted = deducted.add(sc.sum());
                    results.add(ItemScorer.result(ci.item(), sc.sum().negate(), sc.trail()));
                }
                // 佛山 服务规范: the 25-point pool, not each item, is floored at zero
                points = max.subtract(deducted).max(BigDecimal.ZERO);
            } else {
                points = BigDecimal.ZERO;
                for (CompiledScheme.CompiledItem ci : items) {
                    Evaluation.ItemResult r =
                            section.perEnterprise() ? ItemScorer.perEnterprise(ci, t, c) : ItemScorer.plain(ci, t, c);
                    results.add(r);
                    points = points.add(r.points());
                }
            }
            out.add(new Evaluation.SectionResult(section.title(), max, points, List.copyOf(results)));
        }
        return out;
    }
}
