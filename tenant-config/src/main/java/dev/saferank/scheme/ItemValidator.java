package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Validates one item and its rules, knowing which part of the scheme it is in. */
final class ItemValidator {
    enum Part {
        SECTION,
        BONUS,
        PENALTY
    }

    private ItemValidator() {}

    static void validate(
            Scheme s,
            Item item,
            String path,
            Part part,
            Section section,
            Set<String> numbers,
            Set<String> codes,
            Problems p) {
        if (item.number().isBlank()) {
            p.add(path + ".number", "must not be blank");
        } else if (!numbers.add(item.number())) {
            p.add(path + ".number", "item " + item.number() + " appears twice");
        }
        if (item.title().isBlank()) {
            p.add(path + ".title", "must not be blank");
        }
        boolean pool = section != null && section.pool();
        if (item.max().isEmpty() && (part == Part.BONUS || (part == Part.SECTION && !pool))) {
            p.add(path + ".max", "is required");
        }
        item.max().filter(m -> m.signum() <= 0).ifPresent(m -> p.add(path + ".max", "must be > 0"));
        if (item.rules().isEmpty()) {
            p.add(path + ".rules", "must have at least one rule");
        }
        if (pool && item.scoring() == Item.Scoring.AWARD) {
            p.add(path + ".scoring", "items of a pool section deduct from the pool");
        }
        Optional<BigDecimal> bound = pool ? section.max() : item.max();
        for (int k = 0; k < item.rules().size(); k++) {
            Rule r = item.rules().get(k);
            String rp = path + ".rules[" + k + "]";
            if (r.code().isBlank()) {
                p.add(rp + ".code", "must not be blank");
            } else if (!codes.add(r.code())) {
                p.add(rp + ".code", "code " + r.code() + " appears twice");
            }
            if (r.wording().isBlank()) {
                p.add(rp + ".wording", "must not be blank (the seed's own wording)");
            }
            if (!allowed(r, part)) {
                p.add(
                        rp + ".kind",
                        r.kind() + " rules are not allowed in " + part.name().toLowerCase() + " items");
            }
            if (pool && r instanceof Rule.Zeroing) {
                p.add(rp + ".kind", "zeroing rules are not allowed in a pool section (there is no item to zero)");
            }
            rule(s, r, rp, bound, p);
        }
    }

    private static boolean allowed(Rule r, Part part) {
        return switch (r) {
            case Rule.Honour h -> part == Part.BONUS;
            case Rule.Rank k -> part == Part.BONUS;
            case Rule.Sanction x -> part == Part.PENALTY;
            case Rule.Zeroing z -> part == Part.SECTION;
            case Rule.Measured m -> part == Part.SECTION;
            case Rule.Proportional x -> part == Part.SECTION;
            case Rule.Amount a -> part != Part.PENALTY;
            case Rule.Computed c -> part != Part.BONUS;
            case Rule.Fixed f -> true;
            case Rule.PerOccurrence o -> true;
        };
    }

    private static void rule(Scheme s, Rule r, String rp, Optional<BigDecimal> bound, Problems p) {
        switch (r) {
            case Rule.Fixed f -> points(f.points(), rp, p);
            case Rule.PerOccurrence o -> {
                points(o.points(), rp, p);
                cap(o.cap(), bound, rp, p);
            }
            case Rule.Proportional x -> points(x.points(), rp, p);
            case Rule.Zeroing z -> {}
            case Rule.Amount a -> {
                if (a.cap().signum() <= 0) {
                    p.add(rp + ".cap", "must be > 0");
                }
                cap(Optional.of(a.cap()), bound, rp, p);
            }
            case Rule.Computed c -> {
                Variables.check(s, c.expression(), rp + ".expression", Optional.empty(), p);
                cap(c.cap(), bound, rp, p);
            }
            case Rule.Measured m -> measured(s, m, rp, bound, p);
            case Rule.Honour h -> {
                points(h.points(), rp, p);
                cap(h.cap(), bound, rp, p);
                if (h.levels().isEmpty()) {
                    p.add(rp + ".levels", "must name at least one level");
                }
            }
            case Rule.Sanction x -> {
                points(x.points(), rp, p);
                cap(x.cap(), Optional.empty(), rp, p);
            }
            case Rule.Rank k -> {
                Variables.check(s, k.by(), rp + ".by", Optional.empty(), p);
                if (k.tiers().isEmpty()) {
                    p.add(rp + ".tiers", "must have at least one tier");
                }
                int last = 0;
                for (int t = 0; t < k.tiers().size(); t++) {
                    Rule.Tier tier = k.tiers().get(t);
                    if (tier.upTo() <= last) {
                        p.add(rp + ".tiers[" + t + "].upTo", "must be greater than the previous tier's (" + last + ")");
                    }
                    last = Math.max(last, tier.upTo());
                    points(tier.points(), rp + ".tiers[" + t + "]", p);
                }
            }
        }
    }

    private static void measured(Scheme s, Rule.Measured m, String rp, Optional<BigDecimal> bound, Problems p) {
        MeasurementSpec spec = s.measurements().get(m.measurement());
        if (spec == null) {
            p.add(rp + ".measurement", "unknown measurement " + m.measurement() + " (declare it under measurements)");
        } else if (m.aggregate() == Rule.Aggregate.MEAN_OF_GROUP_MEANS && !spec.isGrouped()) {
            p.add(rp + ".aggregate", "meanOfGroupMeans needs a measurement with groups");
        }
        if (!Variables.NAME.matcher(m.as()).matches() || m.as().equals("agency") || m.as().equals("sanctions")) {
            p.add(rp + ".as", "must be a plain name like P or value");
        }
        Variables.check(s, m.expression(), rp + ".expression", Optional.of(m.as()), p);
        m.minCount().ifPresent(mc -> Variables.check(s, mc, rp + ".minCount", Optional.empty(), p));
        cap(m.cap(), bound, rp, p);
    }

    private static void points(BigDecimal points, String rp, Problems p) {
        if (points.signum() <= 0) {
            p.add(rp + ".points", "must be > 0");
        }
    }

    private static void cap(Optional<BigDecimal> cap, Optional<BigDecimal> bound, String rp, Problems p) {
        cap.ifPresent(c -> {
            if (c.signum() <= 0) {
                p.add(rp + ".cap", "must be > 0");
            } else {
                bound.filter(b -> c.compareTo(b) > 0)
                        .ifPresent(b -> p.add(
                                rp + ".cap",
                                "is " + c.toPlainString() + ", larger than its item's max " + b.toPlainString()));
            }
        });
    }
}
