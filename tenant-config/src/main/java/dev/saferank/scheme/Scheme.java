package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One tenant's scoring scheme for one version (考评标准): sections of items with their rules, bonus and
 * penalty parts, vetoes, exclusions, grade bands, grouping and checklists. See {@code docs/SCHEME-FORMAT.md}.
 *
 * @param tenant tenant id, e.g. {@code quanzhou}
 * @param year the year the scheme applies to
 * @param version version text, unique per tenant
 * @param title the document title
 * @param source the document the scheme encodes
 * @param total the stated total (empty for checklist-only schemes)
 * @param rounding rounding of the final total (empty for checklist-only schemes)
 * @param totalFloor the lowest final total, if any
 * @param notes readings taken where the source is ambiguous
 * @param agencyData declared agency data fields by name
 * @param measurements declared measurements by name
 * @param sections the scored sections
 * @param bonus the bonus part, if any
 * @param penalties the penalties outside the total, if any
 * @param vetoes conditions that force a grade
 * @param exclusions conditions that exclude an agency from rating and ranking
 * @param bands grade bands, highest first
 * @param grouping grouped ranking, if any
 * @param checklists yes/no inspection forms
 * @param publication what is published from a final ranking, if the city says so
 * @param ranking how the city orders its ranking beyond the points (vetoed agencies last), if it says so
 * @param sanctionsAsFindings kinds of event the city records as findings under a rule of this scheme rather
 *     than as sanctions (佛山 不良信息 → 9.1), by sanction type; see {@link SanctionUses}
 */
public record Scheme(
        String tenant,
        int year,
        String version,
        String title,
        String source,
        Optional<BigDecimal> total,
        Optional<Rounding> rounding,
        Optional<BigDecimal> totalFloor,
        List<String> notes,
        Map<String, AgencyField> agencyData,
        Map<String, MeasurementSpec> measurements,
        List<Section> sections,
        Optional<Bonus> bonus,
        Optional<Penalties> penalties,
        List<Veto> vetoes,
        List<Exclusion> exclusions,
        List<Band> bands,
        Optional<Grouping> grouping,
        List<Checklist> checklists,
        Optional<Publication> publication,
        Optional<RankOrder> ranking,
        Map<SanctionType, String> sanctionsAsFindings) {

    /** A scheme without a {@code publication} section (the form before it existed). */
    public Scheme(
            String tenant,
            int year,
            String version,
            String title,
            String source,
            Optional<BigDecimal> total,
            Optional<Rounding> rounding,
            Optional<BigDecimal> totalFloor,
            List<String> notes,
            Map<String, AgencyField> agencyData,
            Map<String, MeasurementSpec> measurements,
            List<Section> sections,
            Optional<Bonus> bonus,
            Optional<Penalties> penalties,
            List<Veto> vetoes,
            List<Exclusion> exclusions,
            List<Band> bands,
            Optional<Grouping> grouping,
            List<Checklist> checklists) {
        this(
                tenant,
                year,
                version,
                title,
                source,
                total,
                rounding,
                totalFloor,
                notes,
                agencyData,
                measurements,
                sections,
                bonus,
                penalties,
                vetoes,
                exclusions,
                bands,
                grouping,
                checklists,
                Optional.empty(),
                Optional.empty(),
                Map.of());
    }

    /** Every item of the scheme: section items, then bonus items, then penalty items. */
    public Stream<Item> allItems() {
        return Stream.of(
                        sections.stream().flatMap(s -> s.items().stream()),
                        bonus.stream().flatMap(b -> b.items().stream()),
                        penalties.stream().flatMap(p -> p.items().stream()))
                .flatMap(s -> s);
    }

    /** Finds an item by its number (the seed's 序号). */
    public Optional<Item> item(String number) {
        return allItems().filter(i -> i.number().equals(number)).findFirst();
    }

    /** Finds a rule by its code. */
    public Optional<Rule> rule(String code) {
        return allItems()
                .flatMap(i -> i.rules().stream())
                .filter(r -> r.code().equals(code))
                .findFirst();
    }

    /** Whether the scheme scores (false for a checklist-only scheme). */
    public boolean scores() {
        return !sections.isEmpty();
    }
}
