package dev.saferank.batch.rating.internal;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.FactProblem;
import dev.saferank.rating.run.CompactTrail;
import dev.saferank.rating.run.TrailJson;
import dev.saferank.rating.run.TrailTemplate;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.ProblemWording;
import dev.saferank.scheme.RankPoints;
import dev.saferank.scheme.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rates one agency: the engine's evaluation with the run's rank points, its trail in the stored compact
 * form of the run's template, or, when its facts are incomplete (a measurement not recorded, data not
 * entered), a result without total that is not ranked and says in Chinese what is missing (a small full
 * trail) — one agency's gap never fails the run. Ranks come later, from the stored totals (RankTasklet).
 */
final class Rating {

    private Rating() {}

    static RatedAgency rate(
            ScoringEngine engine, RankPoints rankPoints, TrailTemplate template, AgencyYearFacts agency) {
        var facts = agency.facts();
        String category = facts.category().orElse(null);
        String district = facts.district().orElse(null);
        try {
            Evaluation e = engine.evaluate(facts, rankPoints);
            return RatedAgency.of(
                    agency.agencyId(),
                    agency.name(),
                    category,
                    district,
                    e.exclusion().map(Evaluation.Outcome::code).orElse(null),
                    e.exclusion().isPresent() ? null : e.rawTotal(),
                    e.total().orElse(null),
                    e.grade().orElse(null),
                    e.vetoes().isEmpty()
                            ? null
                            : e.vetoes().stream().map(Evaluation.Outcome::code).collect(Collectors.joining(",")),
                    e.exclusion().isPresent() ? null : engine.group(e).orElse(null),
                    CompactTrail.of(template, e, agency.setAside(), facts.sampledEnterprises()));
        } catch (InvalidFactsException incomplete) {
            List<FactProblem> problems = new ArrayList<>(agency.setAside());
            incomplete
                    .problems()
                    .forEach(p -> problems.add(new FactProblem(p.path(), ProblemWording.chinese(p, engine.scheme()))));
            return RatedAgency.of(
                    agency.agencyId(),
                    agency.name(),
                    category,
                    district,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    TrailJson.incomplete(problems));
        }
    }
}
