package dev.saferank.batch.rating.internal;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.FactProblem;
import dev.saferank.rating.run.TrailJson;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.ProblemWording;
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
    static Total total(ScoringEngine engine, RankPoints rankPoints, AgencyYearFacts agency) {
        try {
            Evaluation e = engine.evaluate(agency.facts(), rankPoints);
            return new Total(
                    agency.agencyId(),
                    e.total().orElse(null),
                    e.total().isPresent() ? engine.group(e).orElse(null) : null,
                    !e.vetoes().isEmpty());
        } catch (InvalidFactsException incomplete) {
            return new Total(agency.agencyId(), null, null, false);
        }
    }

    static RatedAgency rate(ScoringEngine engine, RankPoints rankPoints, Ranks ranks, AgencyYearFacts agency) {
        var facts = agency.facts();
        String category = facts.category().orElse(null);
        String district = facts.district().orElse(null);
        try {
            Evaluation e = engine.evaluate(facts, rankPoints);
            Ranks.Rank rank = ranks.of(agency.agencyId());
            if (!rank.sameTotal(e.total().orElse(null))) {
                throw changedDuringTheRun(agency);
            }
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
                    rank.overall(),
                    rank.inGroup(),
                    TrailJson.of(e, agency.setAside(), facts.sampledEnterprises()));
        } catch (InvalidFactsException incomplete) {
            if (ranks.of(agency.agencyId()).total() != null) {
                throw changedDuringTheRun(agency);
            }
            List<FactProblem> problems = new ArrayList<>(agency.setAside());
            incomplete
                    .problems()
                    .forEach(p -> problems.add(new FactProblem(p.path(), ProblemWording.chinese(p, engine.scheme()))));
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

    /**
     * The facts of an agency changed between the two passes (a finding confirmed while the run went on):
     * its ranks would not be those of its total, so the run stops and the bureau starts it again.
     */
    private static RatingFailure changedDuringTheRun(AgencyYearFacts agency) {
        return new RatingFailure("评定期间机构「" + agency.name() + "」的考评事实发生变化，排名所依据的总分已不一致，请在事实录入结束后重新发起评定");
    }
}
