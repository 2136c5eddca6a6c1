package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The population step of rank-based bonuses (苏州 20: business-volume rank within the tenant). Higher
 * values rank first; equal values share the best rank (1, 1, 3) and so the same tier.
 */
final class RankBonus {
    private RankBonus() {}

    static Map<String, BonusScorer.RankPoints> compute(CompiledScheme c, List<Tally> eligible) {
        List<RankValue> values = new ArrayList<>();
        for (Tally t : eligible) {
            values.addAll(values(c, t));
        }
        return rank(c, values);
    }

    /** The values one agency is ranked by, one per rank rule, in scheme order. */
    static List<RankValue> values(CompiledScheme c, Tally t) {
        List<RankValue> out = new ArrayList<>(1);
        for (CompiledScheme.CompiledItem ci : c.bonusItems) {
            for (CompiledScheme.CompiledRule cr : ci.rules()) {
                if (cr.rule() instanceof Rule.Rank r) {
                    out.add(new RankValue(
                            t.facts.agency(),
                            r.code(),
                            cr.expression().orElseThrow().evaluate(new ExprEnv(t))));
                }
            }
        }
        return out;
    }

    /** The rank rules of the scheme by code. */
    static Map<String, Rule.Rank> rules(CompiledScheme c) {
        Map<String, Rule.Rank> out = new HashMap<>();
        for (CompiledScheme.CompiledItem ci : c.bonusItems) {
            for (CompiledScheme.CompiledRule cr : ci.rules()) {
                if (cr.rule() instanceof Rule.Rank r) {
                    out.put(r.code(), r);
                }
            }
        }
        return out;
    }

    /**
     * Competition ranking of the values per rule: higher values first, equal values share the best rank;
     * the number ranked ({@code of}) is the number of values given for the rule.
     */
    static Map<String, BonusScorer.RankPoints> rank(CompiledScheme c, Collection<RankValue> values) {
        Map<String, Rule.Rank> rules = rules(c);
        Map<String, List<RankValue>> byRule = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (RankValue v : values) {
            if (!rules.containsKey(v.rule())) {
                throw new IllegalArgumentException("no rank rule " + v.rule() + " in the scheme");
            }
            if (!seen.add(key(v.agency(), v.rule()))) {
                throw new IllegalArgumentException("agency " + v.agency() + " is ranked twice for " + v.rule());
            }
            byRule.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v);
        }
        Map<String, BonusScorer.RankPoints> out = new HashMap<>();
        byRule.forEach((code, entries) -> {
            Rule.Rank r = rules.get(code);
            entries.sort(Comparator.comparing(RankValue::value).reversed().thenComparing(RankValue::agency));
            int rank = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (i == 0
                        || entries.get(i).value().compareTo(entries.get(i - 1).value()) != 0) {
                    rank = i + 1;
                }
                out.put(
                        key(entries.get(i).agency(), code),
                        new BonusScorer.RankPoints(rank, entries.size(), tier(r, rank)));
            }
        });
        return out;
    }

    static String key(String agency, String rule) {
        return agency + "#" + rule;
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
