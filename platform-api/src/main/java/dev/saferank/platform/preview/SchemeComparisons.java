package dev.saferank.platform.preview;

import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.PopulationResult;
import dev.saferank.scheme.ProblemWording;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The what-if comparison a bureau makes before adopting a new scheme version: the year's recorded facts
 * of every agency of the tenant, gathered for each version as the preview gathers them, evaluated as a
 * population under each (rank bonuses and rankings included), side by side. Agencies whose facts are
 * incomplete under either version are listed apart with what is missing, as the rating does.
 */
@Service
class SchemeComparisons {

    private final Schemes schemes;
    private final YearFacts facts;

    SchemeComparisons(Schemes schemes, YearFacts facts) {
        this.schemes = schemes;
        this.facts = facts;
    }

    SchemeComparison compare(Caller caller, int year, String versionA, String versionB) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "OUT_OF_RANGE", "年度须在 2000 到 2100 之间");
        }
        ActiveScheme a = scored(tenant, "versionA", versionA);
        ActiveScheme b = scored(tenant, "versionB", versionB);
        // the population a rating of the year would rate: every active agency, read once per version
        List<AgencyYearFacts> underA = facts.ofActiveAgencies(tenant, year, a.scheme());
        Map<Long, AgencyYearFacts> underB = new LinkedHashMap<>();
        facts.ofActiveAgencies(tenant, year, b.scheme()).forEach(f -> underB.put(f.agencyId(), f));
        Map<Long, Facts> factsA = new LinkedHashMap<>();
        Map<Long, Facts> factsB = new LinkedHashMap<>();
        List<SchemeComparison.Incomplete> incomplete = new ArrayList<>();
        for (AgencyYearFacts agency : underA) {
            Facts completeA = complete(agency, a, incomplete);
            Facts completeB = complete(underB.get(agency.agencyId()), b, incomplete);
            if (completeA != null && completeB != null) {
                factsA.put(agency.agencyId(), completeA);
                factsB.put(agency.agencyId(), completeB);
            }
        }
        PopulationResult resultA = a.engine().evaluatePopulation(List.copyOf(factsA.values()));
        PopulationResult resultB = b.engine().evaluatePopulation(List.copyOf(factsB.values()));
        List<SchemeComparison.Row> rows = new ArrayList<>();
        for (AgencyYearFacts agency : underA) {
            if (!factsA.containsKey(agency.agencyId())) {
                continue;
            }
            String id = String.valueOf(agency.agencyId());
            Evaluation ea = resultA.evaluation(id).orElseThrow();
            Evaluation eb = resultB.evaluation(id).orElseThrow();
            rows.add(new SchemeComparison.Row(
                    agency.agencyId(),
                    agency.name(),
                    ea.total().orElse(null),
                    eb.total().orElse(null),
                    ea.grade().orElse(null),
                    eb.grade().orElse(null),
                    resultA.rank(id).orElse(null),
                    resultB.rank(id).orElse(null),
                    codes(ea.vetoes()),
                    codes(eb.vetoes()),
                    ea.exclusion().map(Evaluation.Outcome::code).orElse(null),
                    eb.exclusion().map(Evaluation.Outcome::code).orElse(null),
                    items(ea),
                    items(eb)));
        }
        return new SchemeComparison(year, a.version(), b.version(), rows, incomplete);
    }

    private static List<String> codes(List<Evaluation.Outcome> outcomes) {
        return outcomes.stream().map(Evaluation.Outcome::code).toList();
    }

    /** Every item's points: section items, then bonus items, then penalty items, as the trail lists them. */
    private static List<SchemeComparison.ItemScore> items(Evaluation e) {
        List<SchemeComparison.ItemScore> out = new ArrayList<>();
        e.sections()
                .forEach(s -> s.items().forEach(i -> out.add(new SchemeComparison.ItemScore(i.number(), i.points()))));
        e.bonus().ifPresent(b -> b.items()
                .forEach(i -> out.add(new SchemeComparison.ItemScore(i.number(), i.points()))));
        e.penalties().ifPresent(p -> p.items()
                .forEach(i -> out.add(new SchemeComparison.ItemScore(i.number(), i.points()))));
        return out;
    }

    /** The agency's facts under a version, or null after noting what is missing. */
    private static Facts complete(
            AgencyYearFacts agency, ActiveScheme version, List<SchemeComparison.Incomplete> incomplete) {
        try {
            version.engine().exclusion(agency.facts()); // checks the facts
            return agency.facts();
        } catch (InvalidFactsException missing) {
            Set<String> problems = new HashSet<>();
            List<String> words = new ArrayList<>();
            for (var problem : missing.problems()) {
                String text = ProblemWording.chinese(problem, version.scheme());
                if (problems.add(text)) {
                    words.add(text);
                }
            }
            incomplete.add(new SchemeComparison.Incomplete(agency.agencyId(), agency.name(), version.version(), words));
            return null;
        }
    }

    private ActiveScheme scored(String tenant, String field, String version) {
        ActiveScheme found;
        try {
            found = schemes.compiledVersion(tenant, version)
                    .orElseThrow(() -> new InvalidInputException(field, "NOT_FOUND", "考评方案版本 " + version + " 不存在"));
        } catch (InvalidSchemeException checklistOnly) {
            throw new InvalidInputException(field, "NOT_SCORED", "考评方案版本 " + version + " 为检查表方案，不计分");
        }
        if (found.scoring().isEmpty()) {
            throw new InvalidInputException(field, "NOT_SCORED", "考评方案版本 " + version + " 为检查表方案，不计分");
        }
        return found;
    }
}
