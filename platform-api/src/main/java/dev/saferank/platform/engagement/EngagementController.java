package dev.saferank.platform.engagement;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Engagements over GraphQL; an agency's engagements of a year load for a whole page at once. */
@Controller
class EngagementController {

    record EngagementPayload(Engagement engagement, List<UserError> errors) {}

    record WithdrawEngagementInput(long id, String reason) {}

    /**
     * The engagements of one agency (and year, if given), as a batch key carrying the tenant and, for
     * a county caller, its district (only the engagements with enterprises there).
     */
    record AgencyYear(String tenant, long agencyId, Integer year, String district) {}

    private static final String LOADER = "engagementsOfAgency";

    private final EngagementMapper mapper;
    private final EngagementBook book;
    private final Agencies agencies;

    EngagementController(
            EngagementMapper mapper, EngagementBook book, Agencies agencies, BatchLoaderRegistry registry) {
        this.mapper = mapper;
        this.book = book;
        this.agencies = agencies;
        registry.<AgencyYear, List<Engagement>>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Engagement engagement(@Argument long id, Authentication auth) {
        return visible(Callers.require(auth), id);
    }

    @SchemaMapping(typeName = "Agency")
    CompletableFuture<List<Engagement>> engagements(
            Agency agency, @Argument Integer year, Authentication auth, DataFetchingEnvironment env) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInputException("year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        return env.<AgencyYear, List<Engagement>>getDataLoader(LOADER)
                .load(new AgencyYear(
                        Callers.tenant(auth),
                        agency.id(),
                        year,
                        Callers.require(auth).district().orElse(null)));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'agency-user', 'county-admin')")
    EngagementPayload recordEngagement(@Argument EngagementInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        Agency agency = agencies.require(caller, input.agencyId());
        try {
            return new EngagementPayload(book.record(Callers.tenant(auth), agency, input, caller), List.of());
        } catch (InvalidInputException invalid) {
            return new EngagementPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'agency-user', 'county-admin')")
    EngagementPayload withdrawEngagement(@Argument WithdrawEngagementInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        Engagement engagement = visible(caller, input.id());
        try {
            return new EngagementPayload(
                    book.withdraw(Callers.tenant(auth), engagement, input.reason(), caller.username()), List.of());
        } catch (InvalidInputException invalid) {
            return new EngagementPayload(null, invalid.errors());
        }
    }

    /** The engagement if the caller may see it: for a county, only one with an enterprise in its district. */
    private Engagement visible(Caller caller, long id) {
        return caller.tenant()
                .flatMap(tenant -> mapper.find(tenant, id))
                .filter(engagement ->
                        !caller.isCounty() || caller.district().orElseThrow().equals(engagement.districtCode()))
                .filter(engagement ->
                        agencies.visible(caller, engagement.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("服务项目 " + id));
    }

    private Map<AgencyYear, List<Engagement>> load(Set<AgencyYear> keys) {
        Map<AgencyYear, List<Engagement>> result = new HashMap<>();
        keys.stream()
                .collect(Collectors.groupingBy(
                        key -> List.of(key.tenant(), String.valueOf(key.year()), String.valueOf(key.district()))))
                .forEach((group, groupKeys) -> {
                    Integer year = groupKeys.getFirst().year();
                    Map<Long, List<Engagement>> byAgency = mapper
                            .activeOf(
                                    group.getFirst(),
                                    groupKeys.stream().map(AgencyYear::agencyId).toList(),
                                    year == null ? null : LocalDate.of(year, 1, 1),
                                    year == null ? null : LocalDate.of(year + 1, 1, 1),
                                    groupKeys.getFirst().district())
                            .stream()
                            .collect(Collectors.groupingBy(Engagement::agencyId));
                    groupKeys.forEach(key -> result.put(key, byAgency.getOrDefault(key.agencyId(), List.of())));
                });
        return result;
    }
}
