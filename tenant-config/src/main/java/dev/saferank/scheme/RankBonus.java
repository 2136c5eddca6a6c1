package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The population step of rank-based bonuses (苏州 20: business-volume rank within the tenant). Higher
 * values rank first; equal values share the best rank (1, 1, 3) and so the same tier.
 */
final class RankBonus {
    private RankBonus() {}

    static Map<String, BonusScorer.RankPoints> compute(CompiledScheme c, List<Tally> eligible) {
        Map<String, BonusScorer.RankPoints> out = new HashMap<>();
        for (CompiledScheme.CompiledItem ci : c.bonusItems) {
            for (CompiledScheme.CompiledRule cr : ci.rules()) {
                if (cr.rule() instanceof Rule.Rank r) {
                    record Entry(String agency, BigDecimal value) {}
                    List<Entry> entries = new ArrayList<>();
                    for (Tally t : eligible) {
                        entries.add(new Entry(
                                t.facts.agency(), cr.expression().orElseThrow().evaluate(new ExprEnv(t))));
                    }
                    entries.sort(Comparator.comparing(Entry::value).reversed().thenComparing(Entry::agency));
                    int rank = 0;
                    for (int i = 0; i < entries.size(); i++) {
                        if (i == 0
                                || entries.get(i)
                                                .value()
                                                .compareTo(entries.get(i - 1).value())
                                        != 0) {
                            rank = i + 1;
                        }
                        out.put(
                                entries.get(i).agency() + "#" + r.code(),
                                new BonusScorer.RankPoints(rank, entries.size(), tier(r, rank)));
                    }
                }
            }
        }
        return out;
    }

    static BigDecimal tier(Rule.Rank r, int rank) {
        for (Rule.Tier t : r.tiers()) {
            if (rank <= t.upTo()) {
                return t.points();
            }
        }
        return BigDecimal.ZERO;
    }
}
