package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Callers;
import graphql.schema.DataFetchingEnvironment;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The fields of an agency below a page of agencies, each loaded for the whole page in a constant
 * number of statements.
 */
@Controller
class AgencyFields {

    /** The data of one agency for one year, as a batch key: the tenant travels with it. */
    record AgencyYear(String tenant, long agencyId, int year) {}

    private static final String DATA_LOADER = "agencyDataOfYear";

    private final AgencyMapper mapper;
    private final AgencyDataService data;
    private final Schemes schemes;
    private final History history;

    AgencyFields(
            AgencyMapper mapper,
            AgencyDataService data,
            Schemes schemes,
            History history,
            BatchLoaderRegistry registry) {
        this.mapper = mapper;
        this.data = data;
        this.schemes = schemes;
        this.history = history;
        registry.<AgencyYear, List<AgencyDataValue>>forName(DATA_LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> dataOf(keys)));
    }

    @SchemaMapping(typeName = "Agency")
    String categoryLabel(Agency agency) {
        return Categories.label(agency.category()).orElse(agency.category());
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, List<AgencyDistrict>> districts(List<Agency> agencies, Principal principal) {
        String tenant = Callers.tenant((Authentication) principal);
        Map<Long, List<AgencyDistrict>> byId =
                mapper.districtsOf(tenant, agencies.stream().map(Agency::id).toList()).stream()
                        .collect(Collectors.groupingBy(AgencyDistrict::agencyId));
        Map<Agency, List<AgencyDistrict>> result = new HashMap<>();
        agencies.forEach(agency -> result.put(agency, byId.getOrDefault(agency.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, List<Change>> history(List<Agency> agencies, Principal principal) {
        Map<String, List<Change>> byId = history.of(
                Callers.tenant((Authentication) principal),
                "agency",
                agencies.stream().map(Agency::id).toList());
        Map<Agency, List<Change>> result = new HashMap<>();
        agencies.forEach(agency -> result.put(agency, byId.getOrDefault(String.valueOf(agency.id()), List.of())));
        return result;
    }

    @SchemaMapping(typeName = "Agency")
    CompletableFuture<List<AgencyDataValue>> data(
            Agency agency, @Argument int year, Authentication auth, DataFetchingEnvironment env) {
        if (year < AgencyDataEntry.FIRST_YEAR || year > AgencyDataEntry.LAST_YEAR) {
            throw new InvalidInputException(
                    "year",
                    "INVALID_YEAR",
                    "年度须在 " + AgencyDataEntry.FIRST_YEAR + " 到 " + AgencyDataEntry.LAST_YEAR + " 之间");
        }
        return env.<AgencyYear, List<AgencyDataValue>>getDataLoader(DATA_LOADER)
                .load(new AgencyYear(Callers.tenant(auth), agency.id(), year));
    }

    private Map<AgencyYear, List<AgencyDataValue>> dataOf(Set<AgencyYear> keys) {
        Map<AgencyYear, List<AgencyDataValue>> result = new HashMap<>();
        keys.stream()
                .collect(Collectors.groupingBy(key -> Map.entry(key.tenant(), key.year())))
                .forEach((tenantYear, group) -> {
                    var active = schemes.active(tenantYear.getKey(), tenantYear.getValue());
                    Map<Long, List<AgencyDataValue>> values = active.map(scheme -> data.entries(
                                    tenantYear.getKey(),
                                    group.stream().map(AgencyYear::agencyId).toList(),
                                    tenantYear.getValue(),
                                    scheme.scheme()))
                            .orElse(Map.of());
                    group.forEach(key -> result.put(key, values.getOrDefault(key.agencyId(), List.of())));
                });
        return result;
    }
}
