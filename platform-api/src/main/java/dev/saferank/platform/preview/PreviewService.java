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
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.ProblemWording;
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
            var evaluation = active.engine().evaluate(gathered.facts());
            return Preview.of(agencyId, year, active.version(), evaluation, gathered.setAside());
        } catch (InvalidFactsException incomplete) {
            List<FactProblem> problems = new ArrayList<>(gathered.setAside());
            incomplete
                    .problems()
                    .forEach(problem -> problems.add(
                            new FactProblem(problem.path(), ProblemWording.chinese(problem, active.scheme()))));
            return Preview.incomplete(agencyId, year, active.version(), problems);
        }
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
