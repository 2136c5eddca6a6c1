package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.security.Callers;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code Agency.findings(year, status)}, batched: one statement for a whole page of agencies. A
 * {@code @BatchMapping} cannot take field arguments (its loader is shared by every use of the
 * field), so the arguments are part of the data loader's key and each distinct (year, status) of a
 * request is one statement. So is whether the request selects only what summary rows hold
 * ({@link FindingSummary}): a list of findings then reads half the columns.
 */
@Controller
class AgencyFindings {

    private static final String LOADER = "agencyFindings";

    /** One agency's findings with the field's arguments; the tenant is the caller's. */
    record Key(String tenant, long agencyId, Integer year, String status, boolean summary) {}

    private record Query(String tenant, Integer year, String status, boolean summary) {}

    AgencyFindings(BatchLoaderRegistry registry, FindingMapper mapper) {
        registry.<Key, List<Finding>>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load(mapper, keys)));
    }

    /**
     * Called for every agency of a page: the arguments are read from the environment, which costs
     * nothing, rather than bound with {@code @Argument} (Spring's binder, 2.6 % of the server's time
     * for an agencies page of 50).
     */
    @SchemaMapping(typeName = "Agency", field = "findings")
    CompletableFuture<List<Finding>> findings(Agency agency, Authentication auth, DataFetchingEnvironment env) {
        Integer year = env.getArgument("year");
        String status = env.getArgument("status");
        return env.<Key, List<Finding>>getDataLoader(LOADER)
                .load(new Key(Callers.tenant(auth), agency.id(), year, status, FindingSummary.covers(env)));
    }

    private static Map<Key, List<Finding>> load(FindingMapper mapper, Set<Key> keys) {
        return keys.stream()
                .collect(Collectors.groupingBy(key -> new Query(key.tenant(), key.year(), key.status(), key.summary())))
                .entrySet()
                .stream()
                .flatMap(group -> {
                    Query query = group.getKey();
                    List<Key> agencies = group.getValue();
                    List<Long> ids = agencies.stream().map(Key::agencyId).toList();
                    Map<Long, List<Finding>> found =
                            rows(mapper, query, ids).stream().collect(Collectors.groupingBy(Finding::agencyId));
                    return agencies.stream()
                            .collect(Collectors.toMap(
                                    Function.identity(), key -> found.getOrDefault(key.agencyId(), List.of())))
                            .entrySet()
                            .stream();
                })
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<Finding> rows(FindingMapper mapper, Query query, List<Long> agencyIds) {
        if (!query.summary()) {
            return mapper.byAgencies(query.tenant(), agencyIds, query.year(), query.status());
        }
        return mapper.summariesByAgencies(query.tenant(), agencyIds, query.year(), query.status()).stream()
                .map(FindingSummaryRows.Row::finding)
                .toList();
    }
}
