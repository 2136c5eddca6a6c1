package dev.saferank.platform.finding;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.security.Callers;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * {@code Agency.findings(year, status)}, batched: one statement for a whole page of agencies. A
 * {@code @BatchMapping} cannot take field arguments (its loader is shared by every use of the
 * field), so the arguments are part of the data loader's key and each distinct (year, status) of a
 * request is one statement. So is whether the request selects only what summary rows hold
 * ({@link FindingSummary}), and which of their columns: a list of findings then reads those
 * columns only (six for the agencies page: id, agency, rule, count, status, evidence).
 */
@Configuration(proxyBeanMethods = false)
class AgencyFindings {

    private static final String LOADER = "agencyFindings";

    /**
     * One agency's findings with the field's arguments; the tenant is the caller's; the summary
     * columns the request reads, or null for full rows.
     */
    record Key(String tenant, long agencyId, Integer year, String status, FindingSummary.@Nullable Columns summary) {}

    private record Query(String tenant, Integer year, String status, FindingSummary.@Nullable Columns summary) {}

    AgencyFindings(BatchLoaderRegistry registry, FindingMapper mapper) {
        registry.<Key, List<Finding>>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load(mapper, keys)));
    }

    /**
     * Called for every agency of a page, so a plain data fetcher rather than a controller method:
     * Spring for GraphQL builds a handler method (with its reflective signature) for every call of
     * an annotated one, and binds {@code @Argument}s through its binder (together ≈ 4 % of the
     * server's time for an agencies page of 50). The arguments are read from the environment; the
     * caller from the security context, which Spring restores around every non-trivial fetcher.
     */
    @Bean
    RuntimeWiringConfigurer agencyFindingsField() {
        DataFetcher<CompletableFuture<List<Finding>>> findings = env -> {
            Agency agency = env.getSource();
            Integer year = env.getArgument("year");
            String status = env.getArgument("status");
            String tenant = Callers.tenant(SecurityContextHolder.getContext().getAuthentication());
            return env.<Key, List<Finding>>getDataLoader(LOADER)
                    .load(new Key(tenant, agency.id(), year, status, FindingSummary.columns(env)));
        };
        return wiring -> wiring.type("Agency", type -> type.dataFetcher("findings", findings));
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
        if (query.summary() == null) {
            return mapper.byAgencies(query.tenant(), agencyIds, query.year(), query.status());
        }
        return mapper
                .summariesByAgencies(
                        query.tenant(),
                        agencyIds,
                        query.year(),
                        query.status(),
                        query.summary().selectList())
                .stream()
                .map(FindingSummaryRows.Row::finding)
                .toList();
    }
}
