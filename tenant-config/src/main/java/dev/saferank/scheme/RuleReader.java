package dev.saferank.scheme;

import java.util.List;
import java.util.Optional;

/** Reads one rule by its {@code kind}; fields that the kind does not take are unknown fields. */
final class RuleReader {
    private RuleReader() {}

    static Rule read(Obj o) {
        String code = o.reqText("code");
        String wording = o.reqText("wording");
        Optional<String> note = o.text("note");
        String kind = o.reqText("kind");
        return switch (kind) {
            case "fixed" -> new Rule.Fixed(code, wording, o.reqDecimal("points"), note);
            case "perOccurrence" ->
                new Rule.PerOccurrence(code, wording, o.reqDecimal("points"), o.decimal("cap"), note);
            case "zeroing" -> new Rule.Zeroing(code, wording, note);
            case "amount" -> new Rule.Amount(code, wording, o.reqDecimal("cap"), note);
            case "proportional" -> new Rule.Proportional(code, wording, o.reqDecimal("points"), note);
            case "computed" -> new Rule.Computed(code, wording, o.reqText("expression"), o.decimal("cap"), note);
            case "measured" ->
                new Rule.Measured(
                        code,
                        wording,
                        o.reqText("measurement"),
                        aggregate(o),
                        o.text("as").orElse("value"),
                        o.reqText("expression"),
                        o.decimal("cap"),
                        o.text("minCount"),
                        note);
            case "honour" ->
                new Rule.Honour(code, wording, levels(o, true), o.reqDecimal("points"), o.decimal("cap"), note);
            case "rank" -> new Rule.Rank(code, wording, o.reqText("by"), o.list("tiers", RuleReader::tier), note);
            case "sanction" ->
                new Rule.Sanction(
                        code,
                        wording,
                        sanctionType(o),
                        levels(o, false),
                        o.reqDecimal("points"),
                        o.decimal("cap"),
                        note);
            default -> {
                if (!kind.isEmpty()) {
                    o.problems()
                            .add(
                                    o.at("kind"),
                                    "unknown kind " + kind
                                            + " (fixed, perOccurrence, zeroing, proportional, amount, computed, measured, honour, rank, sanction)");
                }
                // mark every field as read: with an unknown kind, "unknown field" would only be noise
                o.skipRest();
                yield new Rule.Zeroing(code, wording, note);
            }
        };
    }

    private static Rule.Aggregate aggregate(Obj o) {
        String a = o.text("aggregate").orElse("mean");
        return switch (a) {
            case "mean" -> Rule.Aggregate.MEAN;
            case "meanOfGroupMeans" -> Rule.Aggregate.MEAN_OF_GROUP_MEANS;
            case "sum" -> Rule.Aggregate.SUM;
            case "min" -> Rule.Aggregate.MIN;
            case "max" -> Rule.Aggregate.MAX;
            default -> {
                o.problems().add(o.at("aggregate"), "must be mean, meanOfGroupMeans, sum, min or max");
                yield Rule.Aggregate.MEAN;
            }
        };
    }

    private static List<Level> levels(Obj o, boolean required) {
        if (required && !o.has("levels")) {
            o.problems().add(o.at("levels"), "is required");
        }
        return o.scalars(
                "levels", (n, p, pr) -> Obj.ScalarReader.TEXT.read(n, p, pr).flatMap(s -> {
                    Optional<Level> l = Level.of(s);
                    if (l.isEmpty()) {
                        pr.add(p, "unknown level " + s + " (town, county, city, province, national)");
                    }
                    return l;
                }));
    }

    private static SanctionType sanctionType(Obj o) {
        String s = o.reqText("sanction");
        return SanctionType.of(s).orElseGet(() -> {
            if (!s.isEmpty()) {
                o.problems()
                        .add(
                                o.at("sanction"),
                                "unknown sanction " + s
                                        + " (interview, circular, badRecord, penaltyCase, multiAffiliation)");
            }
            return SanctionType.INTERVIEW;
        });
    }

    private static Rule.Tier tier(Obj o) {
        return new Rule.Tier(o.reqInteger("upTo"), o.reqDecimal("points"));
    }
}
