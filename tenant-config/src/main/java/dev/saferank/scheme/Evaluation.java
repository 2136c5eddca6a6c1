package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The explained result of one agency under one scheme version.
 *
 * @param agency the agency id
 * @param category the agency's category, if given
 * @param district the agency's district, if given
 * @param exclusion the exclusion that applied; then there is no total, grade or rank
 * @param rawTotal sections + bonus − penalties, before rounding
 * @param total the rounded total (rounding applied once, here)
 * @param grade the grade label: forced by a veto, or from the bands
 * @param vetoes the vetoes that applied, in scheme order (the first sets the grade)
 * @param sections the section results
 * @param bonus the bonus, after its cap
 * @param penalties the penalties outside the total
 */
public record Evaluation(
        String agency,
        Optional<String> category,
        Optional<String> district,
        Optional<Outcome> exclusion,
        BigDecimal rawTotal,
        Optional<BigDecimal> total,
        Optional<String> grade,
        List<Outcome> vetoes,
        List<SectionResult> sections,
        Optional<PartResult> bonus,
        Optional<PartResult> penalties) {

    /** Every item result: sections, bonus, penalties. */
    public Stream<ItemResult> items() {
        return Stream.of(
                        sections.stream().flatMap(s -> s.items().stream()),
                        bonus.stream().flatMap(b -> b.items().stream()),
                        penalties.stream().flatMap(p -> p.items().stream()))
                .flatMap(s -> s);
    }

    /** The result of one item by number; throws if the scheme has no such item or the agency was excluded. */
    public ItemResult item(String number) {
        return items().filter(i -> i.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + number + " in this result"));
    }

    /**
     * A veto or exclusion that applied.
     *
     * @param code its code
     * @param wording the seed's wording
     */
    public record Outcome(String code, String wording) {}

    /**
     * One section's result.
     *
     * @param title the title
     * @param max the maximum
     * @param points the points (a pool is floored here, not per item)
     * @param items the item results
     */
    public record SectionResult(String title, BigDecimal max, BigDecimal points, List<ItemResult> items) {}

    /**
     * The bonus or the penalty part.
     *
     * @param points bonus after the total cap, or the penalty total (a positive number subtracted)
     * @param capped whether the bonus cap cut it
     * @param items the item results
     */
    public record PartResult(BigDecimal points, boolean capped, List<ItemResult> items) {}

    /**
     * One item's result.
     *
     * @param number the seed's 序号
     * @param title the title
     * @param max the item's maximum, if it has one
     * @param points the points (in a pool: the item's negative contribution; in penalties: the amount subtracted)
     * @param trail the rules that produced them
     */
    public record ItemResult(
            String number, String title, Optional<BigDecimal> max, BigDecimal points, List<TrailEntry> trail) {}

    /**
     * One step of an item's trail.
     *
     * @param rule the rule code
     * @param wording the seed's wording
     * @param count occurrences found (0 for computed and measured rules)
     * @param amount the signed amount: negative deducts, positive adds
     * @param capped whether a cap (rule, item or bonus) cut it
     * @param enterprise the sampled enterprise, in per-enterprise sections
     * @param note how the amount was reached
     */
    public record TrailEntry(
            String rule,
            String wording,
            int count,
            BigDecimal amount,
            boolean capped,
            Optional<String> enterprise,
            String note) {}
}
