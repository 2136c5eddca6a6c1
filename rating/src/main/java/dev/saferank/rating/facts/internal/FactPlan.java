package dev.saferank.rating.facts.internal;

import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.Section;
import java.time.LocalDate;
import java.util.HashSet;
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
        Set<String> knownCodes) {

    public static FactPlan of(Scheme scheme, int year) {
        Set<String> declared = scheme.agencyData().keySet();
        Set<String> codes = new HashSet<>();
        scheme.allItems().flatMap(i -> i.rules().stream()).forEach(r -> codes.add(r.code()));
        scheme.vetoes().forEach(v -> codes.add(v.code()));
        scheme.exclusions().forEach(e -> codes.add(e.code()));
        boolean twoYears = declared.contains("businessInTwoYears");
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
                Set.copyOf(codes));
    }
}
