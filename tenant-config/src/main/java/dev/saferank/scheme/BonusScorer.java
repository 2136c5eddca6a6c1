package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the bonus part: honours (one bonus per cause, 同一原因不重复加分), rank tiers given by the
 * population step, and bonus findings; each item within its max, the whole within the bonus cap.
 */
final class BonusScorer {
    private BonusScorer() {}

    static Optional<Evaluation.PartResult> score(Tally t, CompiledScheme c, Map<String, RankPoints> rank) {
        Optional<Bonus> bonus = c.scheme.bonus();
        if (bonus.isEmpty()) {
            return Optional.empty();
        }
        int[] honours = honoursPerRule(t, c);
        List<Evaluation.ItemResult> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CompiledScheme.CompiledItem ci : c.bonusItems) {
            BigDecimal itemSum = BigDecimal.ZERO;
            List<Evaluation.TrailEntry> trail = new ArrayList<>();
            for (CompiledScheme.CompiledRule cr : ci.rules()) {
                Optional<Evaluation.TrailEntry> e = entry(cr, honours[cr.index()], t, c, rank);
                if (e.isPresent()) {
                    trail.add(e.get());
                    itemSum = itemSum.add(e.get().amount());
                }
            }
            BigDecimal points = itemSum.min(ci.item().max().orElse(itemSum));
            items.add(ItemScorer.result(ci.item(), points, trail));
            sum = sum.add(points);
        }
        BigDecimal capped = sum.min(bonus.get().cap());
        return Optional.of(new Evaluation.PartResult(capped, capped.compareTo(sum) < 0, List.copyOf(items)));
    }

    private static Optional<Evaluation.TrailEntry> entry(
            CompiledScheme.CompiledRule cr, int honours, Tally t, CompiledScheme c, Map<String, RankPoints> rank) {
        Rule r = cr.rule();
        if (r instanceof Rule.Honour h) {
            if (honours == 0) {
                return Optional.empty();
            }
            BigDecimal raw = h.points().multiply(BigDecimal.valueOf(honours));
            boolean capped = h.cap().filter(cap -> raw.compareTo(cap) > 0).isPresent();
            BigDecimal amount = capped ? h.cap().get() : raw;
            return Optional.of(new Evaluation.TrailEntry(
                    r.code(),
                    r.wording(),
                    honours,
                    amount,
                    capped,
                    Optional.empty(),
                    honours + " × " + h.points().toPlainString() + (capped ? ", capped" : "")));
        }
        if (r instanceof Rule.Rank) {
            RankPoints rp = rank.get(RankBonus.key(t.facts.agency(), r.code()));
            if (rp == null) {
                return Optional.of(new Evaluation.TrailEntry(
                        r.code(),
                        r.wording(),
                        0,
                        BigDecimal.ZERO,
                        false,
                        Optional.empty(),
                        "rank bonus needs the whole population (evaluatePopulation)"));
            }
            return Optional.of(new Evaluation.TrailEntry(
                    r.code(),
                    r.wording(),
                    0,
                    rp.points(),
                    false,
                    Optional.empty(),
                    "rank " + rp.rank() + " of " + rp.of() + " by " + ((Rule.Rank) r).by()));
        }
        return RuleAmounts.of(cr, t.counts[cr.index()], t.values[cr.index()], t, c)
                .map(s -> new Evaluation.TrailEntry(
                        r.code(), r.wording(), s.count(), s.amount(), s.capped(), Optional.empty(), s.note()));
    }

    /**
     * Counts honours per honour rule. Honours sharing a cause count once, for the rule giving the most
     * points (first in the scheme on a tie), so the result does not depend on the order of the facts.
     */
    private static int[] honoursPerRule(Tally t, CompiledScheme c) {
        int[] perRule = new int[c.ruleCount];
        Map<String, CompiledScheme.CompiledRule> bestByCause = new HashMap<>();
        boolean onePerCause = c.scheme.bonus().orElseThrow().onePerCause();
        for (int n = 0; n < t.facts.honours().size(); n++) {
            Facts.Honour h = t.facts.honours().get(n);
            // without one-per-cause every honour is its own "cause"
            String cause = onePerCause ? h.cause() : "#" + n;
            for (CompiledScheme.CompiledItem ci : c.bonusItems) {
                for (CompiledScheme.CompiledRule cr : ci.rules()) {
                    if (cr.rule() instanceof Rule.Honour hr && hr.levels().contains(h.level())) {
                        bestByCause.merge(cause, cr, BonusScorer::better);
                    }
                }
            }
        }
        bestByCause.values().forEach(cr -> perRule[cr.index()]++);
        return perRule;
    }

    private static CompiledScheme.CompiledRule better(CompiledScheme.CompiledRule a, CompiledScheme.CompiledRule b) {
        int cmp = ((Rule.Honour) a.rule()).points().compareTo(((Rule.Honour) b.rule()).points());
        return cmp > 0 || (cmp == 0 && a.index() < b.index()) ? a : b;
    }

    /**
     * Rank-based bonus points for one agency and rule, from the population step.
     *
     * @param rank the agency's rank (ties share the best rank)
     * @param of the number of ranked agencies
     * @param points the tier's points
     */
    record RankPoints(int rank, int of, BigDecimal points) {}
}
