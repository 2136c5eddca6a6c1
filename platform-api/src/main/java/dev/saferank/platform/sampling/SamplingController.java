package dev.saferank.platform.sampling;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Sampled enterprises over GraphQL: read with the agency (bureau admins, inspectors, the agency itself),
 * recorded and withdrawn by bureau admins and inspectors.
 */
@Controller
class SamplingController {

    record RecordSampledEnterpriseInput(
            long agencyId, Integer year, long engagementId, java.time.LocalDate checkedOn) {}

    record WithdrawSampledEnterpriseInput(long id, String reason) {}

    record SampledEnterprisePayload(SampledEnterprise sampledEnterprise, List<UserError> errors) {}

    /** An agency's samples of a year, as a batch key carrying the tenant. */
    record AgencyYear(String tenant, long agencyId, int year) {}

    private static final String LOADER = "sampledEnterprisesOfAgency";

    private final SamplingMapper mapper;
    private final Sampling sampling;
    private final Agencies agencies;

    SamplingController(SamplingMapper mapper, Sampling sampling, Agencies agencies, BatchLoaderRegistry registry) {
        this.mapper = mapper;
        this.sampling = sampling;
        this.agencies = agencies;
        registry.<AgencyYear, List<SampledEnterprise>>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    @SchemaMapping(typeName = "Agency")
    CompletableFuture<List<SampledEnterprise>> sampledEnterprises(
            Agency agency, @Argument int year, Authentication auth, DataFetchingEnvironment env) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        return env.<AgencyYear, List<SampledEnterprise>>getDataLoader(LOADER)
                .load(new AgencyYear(Callers.tenant(auth), agency.id(), year));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SampledEnterprisePayload recordSampledEnterprise(
            @Argument RecordSampledEnterpriseInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        Agency agency = agencies.require(caller, input.agencyId());
        try {
            var recorded = sampling.record(
                    Callers.tenant(auth),
                    agency,
                    new Sampling.RecordInput(input.agencyId(), input.year(), input.engagementId(), input.checkedOn()),
                    caller.username());
            return new SampledEnterprisePayload(recorded, List.of());
        } catch (InvalidInputException invalid) {
            return new SampledEnterprisePayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SampledEnterprisePayload withdrawSampledEnterprise(
            @Argument WithdrawSampledEnterpriseInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        String tenant = Callers.tenant(auth);
        SampledEnterprise sample = mapper.find(tenant, input.id())
                .filter(s -> agencies.visible(caller, s.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("抽查记录 " + input.id()));
        try {
            return new SampledEnterprisePayload(
                    sampling.withdraw(tenant, sample, input.reason(), caller.username()), List.of());
        } catch (InvalidInputException invalid) {
            return new SampledEnterprisePayload(null, invalid.errors());
        }
    }

    private Map<AgencyYear, List<SampledEnterprise>> load(Set<AgencyYear> keys) {
        Map<AgencyYear, List<SampledEnterprise>> result = new HashMap<>();
        keys.stream()
                .collect(Collectors.groupingBy(key -> Map.entry(key.tenant(), key.year())))
                .forEach((group, groupKeys) -> {
                    Map<Long, List<SampledEnterprise>> byAgency = mapper
                            .activeOf(
                                    group.getKey(),
                                    groupKeys.stream().map(AgencyYear::agencyId).toList(),
                                    group.getValue())
                            .stream()
                            .collect(Collectors.groupingBy(SampledEnterprise::agencyId));
                    groupKeys.forEach(key -> result.put(key, byAgency.getOrDefault(key.agencyId(), List.of())));
                });
        return result;
    }
}
