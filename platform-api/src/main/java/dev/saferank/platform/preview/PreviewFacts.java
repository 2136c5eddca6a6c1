package dev.saferank.platform.preview;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.measurement.Measurement;
import dev.saferank.platform.measurement.Measurements;
import dev.saferank.platform.sanction.Sanctions;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.Level;
import dev.saferank.scheme.MeasurementSpec;
import dev.saferank.scheme.SanctionType;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Gathers what is recorded so far about an agency and a year into the engine's {@link Facts}.
 * Recorded facts the year's scheme does not know (a finding against a rule of another version, a
 * measurement it does not declare) are set aside and listed, so that one of them does not hide the
 * whole preview.
 */
@Component
class PreviewFacts {

    /** The facts, and what was set aside. */
    record Gathered(Facts facts, List<Preview.FactProblem> setAside) {}

    private final AgencyDataSource agencyData;
    private final FindingSource findings;
    private final Measurements measurements;
    private final Sanctions sanctions;
    private final PreviewMapper mapper;

    PreviewFacts(
            AgencyDataSource agencyData,
            FindingSource findings,
            Measurements measurements,
            Sanctions sanctions,
            PreviewMapper mapper) {
        this.agencyData = agencyData;
        this.findings = findings;
        this.measurements = measurements;
        this.sanctions = sanctions;
        this.mapper = mapper;
    }

    Gathered gather(String tenant, Agency agency, int year, Scheme scheme) {
        List<Preview.FactProblem> setAside = new ArrayList<>();
        var facts = new Facts(
                String.valueOf(agency.id()),
                Optional.of(agency.name()),
                Optional.of(agency.category()),
                mapper.districts(tenant, agency.id()).stream().findFirst(),
                agencyData.forYear(tenant, agency.id(), year, scheme),
                List.of(),
                findings(tenant, agency.id(), year, scheme, setAside),
                measurements(tenant, agency.id(), year, scheme, setAside),
                sanctions.activeSanctions(tenant, agency.id(), year).stream()
                        .map(s -> new Facts.Sanction(SanctionType.of(s.type()).orElseThrow(), Level.of(s.level())))
                        .toList(),
                sanctions.activeHonours(tenant, agency.id(), year).stream()
                        .map(h -> new Facts.Honour(Level.of(h.level()).orElseThrow(), h.cause()))
                        .toList(),
                List.of());
        return new Gathered(facts, setAside);
    }

    private List<Facts.Finding> findings(
            String tenant, long agencyId, int year, Scheme scheme, List<Preview.FactProblem> setAside) {
        var codes = Stream.concat(
                        scheme.vetoes().stream().map(v -> v.code()),
                        scheme.exclusions().stream().map(e -> e.code()))
                .collect(Collectors.toSet());
        List<Facts.Finding> known = new ArrayList<>();
        for (Facts.Finding finding : findings.confirmedRuleFindings(tenant, agencyId, year)) {
            if (scheme.rule(finding.rule()).isPresent() || codes.contains(finding.rule())) {
                known.add(finding);
            } else {
                setAside.add(new Preview.FactProblem(
                        "findings", "检查发现所依据的规则 " + finding.rule() + " 不在方案 " + scheme.version() + " 中，未计入"));
            }
        }
        return known;
    }

    private Map<String, Facts.Measurement> measurements(
            String tenant, long agencyId, int year, Scheme scheme, List<Preview.FactProblem> setAside) {
        Map<String, List<Measurement>> byName = measurements.active(tenant, agencyId, year).stream()
                .collect(Collectors.groupingBy(Measurement::name, LinkedHashMap::new, Collectors.toList()));
        Map<String, Facts.Measurement> result = new LinkedHashMap<>();
        byName.forEach((name, recorded) -> {
            MeasurementSpec spec = scheme.measurements().get(name);
            if (spec == null) {
                setAside.add(new Preview.FactProblem(
                        "measurements." + name, "测评项 " + name + " 不在方案 " + scheme.version() + " 中，未计入"));
            } else if (spec.isSurvey()) {
                result.put(
                        name,
                        new Facts.Measurement(
                                List.of(),
                                Map.of(),
                                recorded.stream().map(Measurement::response).toList()));
            } else if (spec.isGrouped()) {
                Map<String, List<BigDecimal>> groups = recorded.stream()
                        .collect(Collectors.groupingBy(
                                Measurement::groupName,
                                LinkedHashMap::new,
                                Collectors.mapping(Measurement::value, Collectors.toList())));
                result.put(name, new Facts.Measurement(List.of(), groups, List.of()));
            } else {
                result.put(
                        name,
                        new Facts.Measurement(
                                recorded.stream().map(Measurement::value).toList(), Map.of(), List.of()));
            }
        });
        return result;
    }
}
