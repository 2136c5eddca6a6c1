package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.RankPoints;
import dev.saferank.scheme.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rates one agency: the engine's evaluation with the run's rank points, or, when its facts are
 * incomplete (a measurement not recorded, data not entered), a result without total that is not
 * ranked and says in Chinese what is missing — one agency's gap never fails the run.
 */
final class Rating {

    private Rating() {}

    /** The first pass: only the rounded total and the group, to rank before any result is written. */
    static Total total(ScoringEngine engine, RankPoints rankPoints, AgencyFacts agency) {
        try {
            Evaluation e = engine.evaluate(agency.facts(), rankPoints);
            return new Total(
                    agency.agencyId(),
                    e.total().orElse(null),
                    e.total().isPresent() ? engine.group(e).orElse(null) : null);
        } catch (InvalidFactsException incomplete) {
            return new Total(agency.agencyId(), null, null);
        }
    }

    static RatedAgency rate(ScoringEngine engine, RankPoints rankPoints, Ranks ranks, AgencyFacts agency) {
        var facts = agency.facts();
        String category = facts.category().orElse(null);
        String district = facts.district().orElse(null);
        try {
            Evaluation e = engine.evaluate(facts, rankPoints);
            return new RatedAgency(
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
                    ranks.of(agency.agencyId()).overall(),
                    ranks.of(agency.agencyId()).inGroup(),
                    TrailJson.of(e, agency.setAside(), facts.sampledEnterprises()));
        } catch (InvalidFactsException incomplete) {
            List<FactProblem> problems = new ArrayList<>(agency.setAside());
            incomplete.problems().forEach(p -> problems.add(ProblemWording.of(p, engine.scheme())));
            return new RatedAgency(
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
                    null,
                    null,
                    TrailJson.incomplete(problems));
        }
    }
}
