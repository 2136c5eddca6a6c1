package dev.saferank.platform.countyrating;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** 区县评定 over GraphQL: a county admin rates and files; county staff read their own; the city reads the filed. */
@Controller
class CountyRatingController {

    record RateCountyInput(int year) {}

    record FileCountyRatingInput(long id) {}

    record CountyRatingPayload(CountyRatings.Rating rating, List<UserError> errors) {}

    private final CountyRatings ratings;
    private final Auditing auditing;

    CountyRatingController(CountyRatings ratings, Auditing auditing) {
        this.ratings = ratings;
        this.auditing = auditing;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    List<CountyRatings.Rating> countyRatings(@Argument int year, Authentication auth) {
        return ratings.ofYear(Callers.require(auth), Callers.tenant(auth), year);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    CountyRatings.Rating countyRating(@Argument long id, Authentication auth) {
        return ratings.find(Callers.require(auth), Callers.tenant(auth), id).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    List<CountyRatings.PublicRating> publicCountyRatings(@Argument String tenant, @Argument int year) {
        if (tenant == null || !tenant.matches("[a-z][a-z0-9-]{1,31}") || year < 2000 || year > 2100) {
            return List.of();
        }
        return ratings.published(tenant, year);
    }

    @SchemaMapping(typeName = "CountyRating")
    List<CountyRatings.Entry> entries(CountyRatings.Rating rating, Authentication auth) {
        return ratings.entries(Callers.tenant(auth), rating.id());
    }

    @SchemaMapping(typeName = "CountyRating")
    List<CountyRatings.NamedList> lists(CountyRatings.Rating rating, Authentication auth) {
        return ratings.lists(Callers.tenant(auth), rating);
    }

    @MutationMapping
    @PreAuthorize("hasRole('county-admin')")
    CountyRatingPayload rateCounty(@Argument RateCountyInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        try {
            return new CountyRatingPayload(ratings.rate(caller, Callers.tenant(auth), input.year()), List.of());
        } catch (InvalidInputException invalid) {
            return new CountyRatingPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('county-admin')")
    CountyRatingPayload fileCountyRating(
            @Argument FileCountyRatingInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        Caller caller = Callers.require(auth);
        String tenant = Callers.tenant(auth);
        try {
            return new CountyRatingPayload(
                    auditing.audited(
                            auth,
                            clientAddress,
                            AuditAction.COUNTY_RATING_FILED,
                            () -> ratings.file(caller, tenant, input.id()),
                            rating -> Auditing.Target.of("countyRating", rating.id())
                                    .with("district", rating.districtCode())
                                    .with("year", rating.year())
                                    .with("checksum", rating.checksum())),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new CountyRatingPayload(null, invalid.errors());
        }
    }
}
