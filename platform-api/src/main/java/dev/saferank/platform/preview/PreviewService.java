package dev.saferank.platform.preview;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.FactProblem;
import dev.saferank.rating.facts.FactStream;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.ProblemWording;
import dev.saferank.scheme.RankPoints;
import dev.saferank.scheme.RankValue;
import dev.saferank.scheme.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The provisional score of an agency for a year. Facts still missing in the middle of a year are
 * not a failure: the preview lists them instead of a total.
 */
@Service
class PreviewService {

    private final Agencies agencies;
    private final Schemes schemes;
    private final YearFacts facts;

    PreviewService(Agencies agencies, Schemes schemes, YearFacts facts) {
        this.agencies = agencies;
        this.schemes = schemes;
        this.facts = facts;
    }

    Preview preview(Caller caller, long agencyId, int year) {
        String tenant = caller.tenant().orElseThrow(ForbiddenException::new);
        Agency agency = agencies.require(caller, agencyId);
        ActiveScheme active = active(tenant, year);
        AgencyYearFacts gathered =
                facts.ofAgency(tenant, agency.id(), year, active.scheme()).orElseThrow();
        try {
            ScoringEngine engine = active.engine();
            if (!engine.hasRankRules()) {
                return Preview.of(
                                agencyId,
                                year,
                                active.version(),
                                engine.evaluate(gathered.facts()),
                                gathered.setAside())
                        .withNotes(List.of());
            }
            // a rank rule (苏州 20 业务量排名) needs the population: the tenant's active agencies as recorded now
            PopulationRanks population = populationRanks(tenant, year, engine);
            var evaluation = engine.evaluate(gathered.facts(), population.points());
            return Preview.of(agencyId, year, active.version(), evaluation, gathered.setAside())
                    .withNotes(List.of("排名加分按本市 " + year + " 年度当前 " + population.ranked()
                            + " 家参评机构已录入的事实排名计算；正式评定时按评定当时的全部机构重新排名"));
        } catch (InvalidFactsException incomplete) {
            List<FactProblem> problems = new ArrayList<>(gathered.setAside());
            incomplete
                    .problems()
                    .forEach(problem -> problems.add(
                            new FactProblem(problem.path(), ProblemWording.chinese(problem, active.scheme()))));
            return Preview.incomplete(agencyId, year, active.version(), problems)
                    .withNotes(List.of());
        }
    }

    /** The rank points of the year's population as recorded now, and how many agencies took a rank value. */
    record PopulationRanks(RankPoints points, int ranked) {}

    /**
     * As the rating job computes them: the rank values of every active agency the engine can rate and does
     * not exclude (incomplete agencies take no rank, as in the job), then the points of that population.
     */
    private PopulationRanks populationRanks(String tenant, int year, ScoringEngine engine) {
        List<RankValue> values = new ArrayList<>();
        int ranked = 0;
        // streamed: one agency's facts in memory at a time, whatever the size of the city
        try (FactStream all = facts.stream(tenant, year, engine.scheme(), 0, Long.MAX_VALUE)) {
            for (AgencyYearFacts agency = all.next(); agency != null; agency = all.next()) {
                try {
                    List<RankValue> own = engine.rankValues(agency.facts());
                    values.addAll(own);
                    ranked += own.isEmpty() ? 0 : 1;
                } catch (InvalidFactsException incomplete) {
                    // not rated, so not ranked (the job's rank pass does the same)
                }
            }
        }
        return new PopulationRanks(engine.rankPoints(values), ranked);
    }

    private ActiveScheme active(String tenant, int year) {
        try {
            return schemes.active(tenant, year)
                    .orElseThrow(
                            () -> new InvalidInputException("year", "NO_ACTIVE_SCHEME", year + " 年尚未启用考评方案，无法预览得分"));
        } catch (InvalidSchemeException checklistOnly) {
            throw new InvalidInputException("year", "NOT_SCORED", year + " 年的考评方案为检查表方案，不计分");
        }
    }
}
