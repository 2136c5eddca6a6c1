package dev.saferank.rating.facts.internal;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.DerivedFields;
import dev.saferank.rating.facts.FactProblem;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.Level;
import dev.saferank.scheme.MeasurementSpec;
import dev.saferank.scheme.SanctionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of one agency, taken from every table's source in agency order, into the engine's facts.
 * The definitions of the derived agency data (platform-api/README.md, "Agency data of a year") and of what
 * is set aside live here and nowhere else.
 */
public final class Merger {

    private final FactPlan plan;
    private final Sources sources;

    public Merger(FactPlan plan, Sources sources) {
        this.plan = plan;
        this.sources = sources;
    }

    /** The next agency's facts, or null after the last agency. */
    public AgencyYearFacts next() {
        Rows.Agency agency = sources.agencies().current();
        if (agency == null) {
            return null;
        }
        sources.agencies().advance();
        long id = agency.agencyId();
        List<FactProblem> setAside = new ArrayList<>();
        List<Facts.Finding> findings = findings(sources.findings().take(id), setAside);
        var facts = new Facts(
                String.valueOf(id),
                Optional.of(agency.name()),
                Optional.ofNullable(agency.category()),
                district(sources.districts().take(id)),
                data(agency, id),
                sampled(sources.samples().take(id), findings, setAside),
                findings,
                measurements(sources.measurements().take(id), setAside),
                sanctions(sources.sanctions().take(id), setAside),
                honours(sources.honours().take(id), setAside),
                List.of());
        return new AgencyYearFacts(id, agency.name(), facts, setAside);
    }

    /** The first district by code, by name. */
    private Optional<String> district(List<Rows.District> rows) {
        return rows.stream().findFirst().map(d -> sources.districtNames().getOrDefault(d.code(), d.code()));
    }

    private Map<String, BigDecimal> data(Rows.Agency agency, long id) {
        List<Rows.Staff> staff = sources.staff().take(id);
        List<Rows.Certificate> certificates = sources.certificates().take(id);
        List<Rows.Engagements> engagements = sources.engagements().take(id);
        Map<String, BigDecimal> entered = new LinkedHashMap<>();
        sources.entered().take(id).forEach(e -> entered.put(e.field(), FactQueries.plain(e.value())));
        Map<String, BigDecimal> data = new LinkedHashMap<>();
        for (String field : plan.scheme().agencyData().keySet()) {
            Optional<BigDecimal> value = DerivedFields.isDerived(field)
                    ? derived(field, agency, staff, certificates, engagements)
                    : Optional.ofNullable(entered.get(field));
            value.ifPresent(v -> data.put(field, v));
        }
        return data;
    }

    private Optional<BigDecimal> derived(
            String field,
            Rows.Agency agency,
            List<Rows.Staff> staff,
            List<Rows.Certificate> certificates,
            List<Rows.Engagements> engagements) {
        return switch (field) {
            case "officeArea" -> Optional.ofNullable(agency.officeArea()).map(FactQueries::plain);
            case "fullTimeStaff" ->
                count(staff.stream().filter(Rows.Staff::fullTime).count());
            case "registeredEngineers" -> count(holding(staff, certificates, DerivedFields.ENGINEER_CERTIFICATES));
            case "qualifiedStaff" -> count(holding(staff, certificates, DerivedFields.QUALIFYING_CERTIFICATES));
            case "multiEmployedStaff" ->
                count(staff.stream()
                        .filter(s -> sources.multiEmployedHashes().contains(s.idHash()))
                        .count());
            case "businessVolume" -> count(inYear(engagements));
            case "hadBusiness" -> count(Math.min(1, inYear(engagements)));
            case "businessInTwoYears" ->
                count(Math.min(
                        1,
                        engagements.stream()
                                .mapToLong(Rows.Engagements::inPeriod)
                                .sum()));
            default -> Optional.empty();
        };
    }

    /** Active full-time staff holding one of the certificates (a person with two counts once). */
    private static long holding(List<Rows.Staff> staff, List<Rows.Certificate> certificates, Set<String> types) {
        Set<Long> holders = new HashSet<>();
        certificates.stream().filter(c -> types.contains(c.type())).forEach(c -> holders.add(c.staffId()));
        return staff.stream()
                .filter(s -> s.fullTime() && holders.contains(s.id()))
                .count();
    }

    private static long inYear(List<Rows.Engagements> engagements) {
        return engagements.stream().mapToLong(Rows.Engagements::inYear).sum();
    }

    private static Optional<BigDecimal> count(long n) {
        return Optional.of(BigDecimal.valueOf(n));
    }

    private List<Facts.Finding> findings(List<Rows.Finding> rows, List<FactProblem> setAside) {
        List<Facts.Finding> kept = new ArrayList<>();
        for (Rows.Finding f : rows) {
            if (plan.knownCodes().contains(f.rule())) {
                kept.add(new Facts.Finding(
                        f.rule(),
                        f.count(),
                        Optional.ofNullable(f.value()),
                        Optional.ofNullable(f.enterprise()),
                        Optional.ofNullable(f.of())));
            } else {
                setAside.add(new FactProblem(
                        "findings",
                        "检查发现所依据的规则 " + f.rule() + " 不在方案 " + plan.scheme().version() + " 中，未计入"));
            }
        }
        return kept;
    }

    /**
     * The enterprises checked on site, for schemes that score per enterprise (临沂 工作实绩): those recorded as
     * sampled, then any a confirmed finding names. Recorded samples of a scheme that does not score per
     * enterprise are set aside.
     */
    private List<String> sampled(List<Rows.Sample> samples, List<Facts.Finding> findings, List<FactProblem> setAside) {
        if (!plan.perEnterprise()) {
            if (!samples.isEmpty()) {
                setAside.add(new FactProblem(
                        "sampledEnterprises",
                        "方案 " + plan.scheme().version() + " 不按抽查企业评分，已记录的 " + samples.size() + " 家抽查企业未计入"));
            }
            return List.of();
        }
        Set<String> sampled = new LinkedHashSet<>();
        samples.forEach(s -> sampled.add(String.valueOf(s.engagementId())));
        findings.forEach(f -> f.enterprise().ifPresent(sampled::add));
        return List.copyOf(sampled);
    }

    private Map<String, Facts.Measurement> measurements(List<Rows.Measurement> rows, List<FactProblem> setAside) {
        Map<String, List<Rows.Measurement>> byName = new LinkedHashMap<>();
        rows.forEach(
                m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
        Map<String, Facts.Measurement> result = new LinkedHashMap<>();
        byName.forEach((name, recorded) -> {
            MeasurementSpec spec = plan.scheme().measurements().get(name);
            if (spec == null) {
                setAside.add(new FactProblem(
                        "measurements." + name,
                        "测评项 " + name + " 不在方案 " + plan.scheme().version() + " 中，未计入"));
            } else if (spec.isSurvey()) {
                result.put(
                        name,
                        new Facts.Measurement(
                                List.of(),
                                Map.of(),
                                recorded.stream()
                                        .map(Rows.Measurement::response)
                                        .toList()));
            } else if (spec.isGrouped()) {
                Map<String, List<BigDecimal>> groups = new LinkedHashMap<>();
                recorded.forEach(m -> groups.computeIfAbsent(m.group(), k -> new ArrayList<>())
                        .add(m.value()));
                result.put(name, new Facts.Measurement(List.of(), groups, List.of()));
            } else {
                result.put(
                        name,
                        new Facts.Measurement(
                                recorded.stream().map(Rows.Measurement::value).toList(), Map.of(), List.of()));
            }
        });
        return result;
    }

    /** Sanctions the scheme scores; the others are kept on record and listed as not used. */
    private List<Facts.Sanction> sanctions(List<Rows.Sanction> rows, List<FactProblem> setAside) {
        List<Facts.Sanction> scored = new ArrayList<>();
        for (Rows.Sanction row : rows) {
            SanctionType type = SanctionType.of(row.type()).orElseThrow();
            Optional<Level> level = Level.of(row.level());
            if (plan.scores(type, level)) {
                scored.add(new Facts.Sanction(type, level));
            } else {
                setAside.add(new FactProblem(
                        "sanctions",
                        "方案 " + plan.scheme().version() + " 不依据"
                                + level.map(Level::label).orElse("") + type.label() + "计分，该记录已保存、未计入得分"));
            }
        }
        return scored;
    }

    /** Honours of levels the scheme awards; the others are kept on record and listed as not used. */
    private List<Facts.Honour> honours(List<Rows.Honour> rows, List<FactProblem> setAside) {
        List<Facts.Honour> scored = new ArrayList<>();
        for (Rows.Honour row : rows) {
            Level level = Level.of(row.level()).orElseThrow();
            if (plan.scoresHonour(level)) {
                scored.add(new Facts.Honour(level, row.cause()));
            } else {
                setAside.add(new FactProblem(
                        "honours",
                        "方案 " + plan.scheme().version() + " 不为" + level.label() + "表彰加分，「" + row.cause()
                                + "」已保存、未计入得分"));
            }
        }
        return scored;
    }
}
