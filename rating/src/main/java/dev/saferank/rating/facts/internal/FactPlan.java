package dev.saferank.rating.facts.internal;

import dev.saferank.scheme.Level;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.SanctionType;
import dev.saferank.scheme.SanctionUses;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.Section;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a scheme version needs read: only the tables its declared fields, rules and sections use (a scheme
 * without staff-derived fields never reads staff).
 */
public record FactPlan(
        Scheme scheme,
        int year,
        boolean staff,
        boolean certificates,
        boolean multiEmployed,
        boolean engagements,
        LocalDate engagementsFrom,
        boolean entered,
        boolean perEnterprise,
        Set<String> knownCodes,
        Set<String> scoredSanctions,
        Set<String> scoredHonours) {

    /** Whether the scheme scores a sanction of this type and level ({@code SanctionUses}). */
    public boolean scores(SanctionType type, Optional<Level> level) {
        return scoredSanctions.contains(type.id() + ":" + level.map(Level::id).orElse(""));
    }

    /** Whether an honour rule of the scheme awards this level. */
    public boolean scoresHonour(Level level) {
        return scoredHonours.contains(level.id());
    }

    public static FactPlan of(Scheme scheme, int year) {
        Set<String> declared = scheme.agencyData().keySet();
        Set<String> codes = new HashSet<>();
        scheme.allItems().flatMap(i -> i.rules().stream()).forEach(r -> codes.add(r.code()));
        scheme.vetoes().forEach(v -> codes.add(v.code()));
        scheme.exclusions().forEach(e -> codes.add(e.code()));
        boolean twoYears = declared.contains("businessInTwoYears");
        Set<String> sanctions = new HashSet<>();
        for (SanctionType type : SanctionType.values()) {
            if (SanctionUses.scores(scheme, type, Optional.empty())) {
                sanctions.add(type.id() + ":");
            }
            for (Level level : Level.values()) {
                if (SanctionUses.scores(scheme, type, Optional.of(level))) {
                    sanctions.add(type.id() + ":" + level.id());
                }
            }
        }
        Set<String> honours = new HashSet<>();
        scheme.allItems()
                .flatMap(i -> i.rules().stream())
                .filter(Rule.Honour.class::isInstance)
                .map(Rule.Honour.class::cast)
                .forEach(h -> (h.levels().isEmpty() ? List.of(Level.values()) : h.levels())
                        .forEach(l -> honours.add(l.id())));
        return new FactPlan(
                scheme,
                year,
                declared.contains("fullTimeStaff")
                        || declared.contains("registeredEngineers")
                        || declared.contains("qualifiedStaff")
                        || declared.contains("multiEmployedStaff"),
                declared.contains("registeredEngineers") || declared.contains("qualifiedStaff"),
                declared.contains("multiEmployedStaff"),
                declared.contains("businessVolume") || declared.contains("hadBusiness") || twoYears,
                LocalDate.of(twoYears ? year - 1 : year, 1, 1),
                declared.stream().anyMatch(f -> !dev.saferank.rating.facts.DerivedFields.isDerived(f)),
                scheme.sections().stream().anyMatch(Section::perEnterprise),
                Set.copyOf(codes),
                Set.copyOf(sanctions),
                Set.copyOf(honours));
    }
}
