package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores the items of the scored sections: deduct or award, rule caps, item bounds, zeroing. */
final class ItemScorer {
    /**
     * The combined rule amounts of one item.
     *
     * @param sum the unsigned sum of the rules' amounts
     * @param zeroed whether a zeroing rule applied
     * @param trail the signed trail
     */
    record Scored(BigDecimal sum, boolean zeroed, List<Evaluation.TrailEntry> trail) {}

    private ItemScorer() {}

    static Scored rules(
            CompiledScheme.CompiledItem ci,
            int[] counts,
            BigDecimal[] values,
            Tally t,
            CompiledScheme c,
            Optional<String> enterprise) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean zeroed = false;
        List<Evaluation.TrailEntry> trail = new ArrayList<>(2);
        boolean deduct = ci.item().scoring() == Item.Scoring.DEDUCT;
        for (CompiledScheme.CompiledRule cr : ci.rules()) {
            Optional<RuleAmounts.Step> step = RuleAmounts.of(cr, counts[cr.index()], values[cr.index()], t, c);
            if (step.isEmpty()) {
                continue;
            }
            RuleAmounts.Step s = step.get();
            zeroed |= s.zeroes();
            sum = sum.add(s.amount());
            trail.add(new Evaluation.TrailEntry(
                    cr.rule().code(),
                    cr.rule().wording(),
                    s.count(),
                    deduct ? s.amount().negate() : s.amount(),
                    s.capped(),
                    enterprise,
                    s.note()));
        }
        return new Scored(sum, zeroed, trail);
    }

    /** The item's points within [0, max] from its combined rules. */
    static BigDecimal points(Item item, Scored s) {
        BigDecimal max = item.max().orElse(BigDecimal.ZERO);
        if (s.zeroed()) {
            return BigDecimal.ZERO;
        }
        return item.scoring() == Item.Scoring.DEDUCT
                ? max.subtract(s.sum()).max(BigDecimal.ZERO)
                : s.sum().min(max);
    }

    /**
     * The rules' trail, plus the item bound when it cut the sum, so that the trail explains the points:
     * 8.1 three times −1.5 on a 1-point item shows "floor +0.5" (扣完即止，不计负分).
     */
    static List<Evaluation.TrailEntry> bounded(Item item, Scored s, Optional<String> enterprise) {
        BigDecimal excess = s.sum().subtract(item.max().orElse(BigDecimal.ZERO));
        if (s.zeroed() || excess.signum() <= 0) {
            return s.trail();
        }
        List<Evaluation.TrailEntry> trail = new ArrayList<>(s.trail());
        boolean deduct = item.scoring() == Item.Scoring.DEDUCT;
        trail.add(new Evaluation.TrailEntry(
                deduct ? "floor" : "max",
                deduct ? "扣完即止，不计负分 (the item does not go below 0)" : "不超过本项分值 (the item does not exceed its max)",
                0,
                deduct ? excess : excess.negate(),
                true,
                enterprise,
                "rules sum " + s.sum().stripTrailingZeros().toPlainString() + ", item max "
                        + item.max().orElse(BigDecimal.ZERO).toPlainString()));
        return trail;
    }

    /** One item of an ordinary section. */
    static Evaluation.ItemResult plain(CompiledScheme.CompiledItem ci, Tally t, CompiledScheme c) {
        Scored s = rules(ci, t.counts, t.values, t, c, Optional.empty());
        return result(ci.item(), points(ci.item(), s), bounded(ci.item(), s, Optional.empty()));
    }

    /** One item of a per-enterprise section: scored at each sampled enterprise, then averaged. */
    static Evaluation.ItemResult perEnterprise(CompiledScheme.CompiledItem ci, Tally t, CompiledScheme c) {
        List<Evaluation.TrailEntry> trail = new ArrayList<>();
        List<BigDecimal> each = new ArrayList<>(t.enterprises.size());
        StringBuilder note = new StringBuilder();
        for (int e = 0; e < t.enterprises.size(); e++) {
            String id = t.enterprises.get(e);
            Scored s = rules(ci, t.enterpriseCounts[e], t.enterpriseValues[e], t, c, Optional.of(id));
            BigDecimal p = points(ci.item(), s);
            each.add(p);
            trail.addAll(bounded(ci.item(), s, Optional.of(id)));
            note.append(note.isEmpty() ? "" : ", ").append(id).append(": ").append(p.toPlainString());
        }
        BigDecimal mean = Aggregates.mean(each);
        trail.add(new Evaluation.TrailEntry(
                "mean",
                "抽查企业平均分 (mean over sampled enterprises)",
                each.size(),
                mean,
                false,
                Optional.empty(),
                note + " → " + mean.stripTrailingZeros().toPlainString()));
        return result(ci.item(), mean, trail);
    }

    static Evaluation.ItemResult result(Item item, BigDecimal points, List<Evaluation.TrailEntry> trail) {
        return new Evaluation.ItemResult(item.number(), item.title(), item.max(), points, List.copyOf(trail));
    }
}
