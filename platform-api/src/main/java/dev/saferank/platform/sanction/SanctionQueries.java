package dev.saferank.platform.sanction;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.Pages;
import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Callers;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Reading sanctions and honours: the bureau's lists, an agency's of a year, and each one's history;
 * every list-valued field batched (one statement per page, whatever its size).
 */
@Controller
class SanctionQueries {

    private static final String SANCTIONS = "sanctionsByAgencyYear";
    private static final String HONOURS = "honoursByAgencyYear";

    /** An agency and year, with the caller's tenant: the key of the batched fields. */
    record AgencyYear(String tenant, long agencyId, int year) {}

    private final SanctionMapper mapper;
    private final History history;

    SanctionQueries(Sanctions sanctions, SanctionMapper mapper, History history, BatchLoaderRegistry loaders) {
        this.mapper = mapper;
        this.history = history;
        loaders.<AgencyYear, List<Sanction>>forName(SANCTIONS)
                .registerMappedBatchLoader((keys, env) ->
                        Mono.fromSupplier(() -> load(keys, sanctions::sanctionsByAgency, Sanction::year)));
        loaders.<AgencyYear, List<Honour>>forName(HONOURS)
                .registerMappedBatchLoader(
                        (keys, env) -> Mono.fromSupplier(() -> load(keys, sanctions::honoursByAgency, Honour::year)));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Window<Sanction> sanctions(ScrollSubrange subrange, @Argument SanctionFilter filter, Authentication auth) {
        var page = Pages.of(subrange);
        return Pages.window(
                mapper.sanctionPage(Callers.tenant(auth), orNone(filter), page.after(), page.limit()),
                page,
                Sanction::id);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Window<Honour> honours(ScrollSubrange subrange, @Argument SanctionFilter filter, Authentication auth) {
        var page = Pages.of(subrange);
        return Pages.window(
                mapper.honourPage(Callers.tenant(auth), orNone(filter), page.after(), page.limit()), page, Honour::id);
    }

    @SchemaMapping(typeName = "Agency", field = "sanctions")
    CompletableFuture<List<Sanction>> agencySanctions(
            Agency agency, @Argument int year, DataFetchingEnvironment env, Authentication auth) {
        return env.<AgencyYear, List<Sanction>>getDataLoader(SANCTIONS)
                .load(new AgencyYear(Callers.tenant(auth), agency.id(), year));
    }

    @SchemaMapping(typeName = "Agency", field = "honours")
    CompletableFuture<List<Honour>> agencyHonours(
            Agency agency, @Argument int year, DataFetchingEnvironment env, Authentication auth) {
        return env.<AgencyYear, List<Honour>>getDataLoader(HONOURS)
                .load(new AgencyYear(Callers.tenant(auth), agency.id(), year));
    }

    @BatchMapping(typeName = "Sanction", field = "history")
    Map<Sanction, List<Change>> sanctionHistory(List<Sanction> rows) {
        return histories(rows, RecordingSanction.SANCTION, Sanction::tenantId, Sanction::id);
    }

    @BatchMapping(typeName = "Honour", field = "history")
    Map<Honour, List<Change>> honourHistory(List<Honour> rows) {
        return histories(rows, RecordingSanction.HONOUR, Honour::tenantId, Honour::id);
    }

    private <T> Map<T, List<Change>> histories(
            List<T> rows, String entity, java.util.function.Function<T, String> tenant, ToLongFunction<T> id) {
        Map<T, List<Change>> result = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(tenant)).forEach((ofTenant, some) -> {
            var changes = history.of(
                    ofTenant, entity, some.stream().map(id::applyAsLong).toList());
            some.forEach(row -> result.put(row, changes.getOrDefault(String.valueOf(id.applyAsLong(row)), List.of())));
        });
        return result;
    }

    /** Reads the rows of every requested agency and year in one statement per tenant. */
    interface Reader<T> {
        Map<Long, List<T>> read(String tenant, Set<Long> agencyIds, Set<Integer> years);
    }

    private static <T> Map<AgencyYear, List<T>> load(
            Set<AgencyYear> keys, Reader<T> reader, java.util.function.ToIntFunction<T> year) {
        Map<AgencyYear, List<T>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(AgencyYear::tenant)).forEach((tenant, ofTenant) -> {
            var rows = reader.read(
                    tenant,
                    ofTenant.stream().map(AgencyYear::agencyId).collect(Collectors.toSet()),
                    ofTenant.stream().map(AgencyYear::year).collect(Collectors.toSet()));
            ofTenant.forEach(key -> result.put(
                    key,
                    rows.getOrDefault(key.agencyId(), List.of()).stream()
                            .filter(row -> year.applyAsInt(row) == key.year())
                            .toList()));
        });
        return result;
    }

    private static SanctionFilter orNone(SanctionFilter filter) {
        return Optional.ofNullable(filter).orElse(SanctionFilter.NONE);
    }
}
