package dev.saferank.platform.rating;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.run.RatingResult;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.Trail;
import java.util.List;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Runs and results. Bureau admins and inspectors read every run and result of their tenant; an
 * agency user reads runs of its tenant but only its own agency's results: any other agency's
 * result is answered exactly like one that does not exist.
 */
@Controller
class RatingQueries {

    private final Ratings runs;
    private final Agencies agencies;

    RatingQueries(Ratings runs, Agencies agencies) {
        this.runs = runs;
        this.agencies = agencies;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<RatingRun> ratingRuns(@Argument int year, Authentication auth) {
        return runs.runs(Callers.tenant(auth), checkedYear(year));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    RatingRun ratingRun(@Argument long id, Authentication auth) {
        return runs.require(Callers.tenant(auth), id);
    }

    @QueryMapping
    @PreAuthorize("hasRole('agency-user')")
    List<RatingResult> myRatingResults(@Argument int year, Authentication auth) {
        Caller caller = Callers.require(auth);
        String tenant = Callers.tenant(auth);
        return agencies.ownAgency(caller)
                .map(own -> runs.resultsOfAgency(tenant, own.id(), checkedYear(year)))
                .orElse(List.of());
    }

    @SchemaMapping(typeName = "RatingRun", field = "results")
    Window<RatingResult> results(
            RatingRun run, ScrollSubrange subrange, @Argument ResultPages.Filter filter, Authentication auth) {
        var page = ResultPages.of(subrange, filter);
        Long onlyAgency = null;
        if (!staff(Callers.require(auth))) {
            // an agency user pages through its own row only
            onlyAgency = ownAgencyId(auth);
            if (onlyAgency == null) {
                return ResultPages.window(List.of(), page);
            }
        }
        return ResultPages.window(runs.page(run.tenantId(), run.id(), onlyAgency, page), page);
    }

    @SchemaMapping(typeName = "RatingRun", field = "result")
    RatingResult result(RatingRun run, @Argument long agencyId, Authentication auth) {
        if (!staff(Callers.require(auth))) {
            Long own = ownAgencyId(auth);
            if (own == null || own != agencyId) {
                return null;
            }
        }
        return runs.result(run.tenantId(), run.id(), agencyId).orElse(null);
    }

    @SchemaMapping(typeName = "RatingResult", field = "exclusion")
    Trail.Outcome exclusion(RatingResult result) {
        return result.exclusionCode() == null ? null : result.parsedTrail().exclusion();
    }

    @SchemaMapping(typeName = "RatingResult", field = "vetoes")
    List<Trail.Outcome> vetoes(RatingResult result) {
        return result.parsedTrail().vetoes();
    }

    @SchemaMapping(typeName = "RatingResult", field = "trail")
    Trail trail(RatingResult result) {
        return result.parsedTrail();
    }

    private static boolean staff(Caller caller) {
        return caller.hasRole("bureau-admin") || caller.hasRole("inspector");
    }

    private Long ownAgencyId(Authentication auth) {
        return agencies.ownAgency(Callers.require(auth)).map(Agency::id).orElse(null);
    }

    private static int checkedYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        return year;
    }
}
