package dev.saferank.platform.measurement;

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
 * Reading measurements: the bureau's list, an agency's measurements of a year and each one's
 * history, every list-valued field batched (one statement per page, whatever its size).
 */
@Controller
class MeasurementQueries {

    private static final String BY_AGENCY_YEAR = "measurementsByAgencyYear";

    /** An agency and year, with the caller's tenant: the key of the batched field. */
    record AgencyYear(String tenant, long agencyId, int year) {}

    private final Measurements measurements;
    private final MeasurementMapper mapper;
    private final History history;

    MeasurementQueries(
            Measurements measurements, MeasurementMapper mapper, History history, BatchLoaderRegistry loaders) {
        this.measurements = measurements;
        this.mapper = mapper;
        this.history = history;
        loaders.<AgencyYear, List<Measurement>>forName(BY_AGENCY_YEAR)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load(keys)));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    Window<Measurement> measurements(ScrollSubrange subrange, @Argument MeasurementFilter filter, Authentication auth) {
        var page = Pages.of(subrange);
        var rows = mapper.page(
                Callers.tenant(auth),
                Optional.ofNullable(filter).orElse(MeasurementFilter.NONE),
                page.after(),
                page.limit());
        return Pages.window(rows, page, Measurement::id);
    }

    @SchemaMapping(typeName = "Agency", field = "measurements")
    CompletableFuture<List<Measurement>> agencyMeasurements(
            Agency agency, @Argument int year, DataFetchingEnvironment env, Authentication auth) {
        return env.<AgencyYear, List<Measurement>>getDataLoader(BY_AGENCY_YEAR)
                .load(new AgencyYear(Callers.tenant(auth), agency.id(), year));
    }

    @BatchMapping(typeName = "Measurement")
    Map<Measurement, List<Change>> history(List<Measurement> rows) {
        Map<Measurement, List<Change>> result = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(Measurement::tenantId)).forEach((tenant, ofTenant) -> {
            var changes = history.of(
                    tenant,
                    RecordingMeasurement.ENTITY,
                    ofTenant.stream().map(Measurement::id).toList());
            ofTenant.forEach(m -> result.put(m, changes.getOrDefault(String.valueOf(m.id()), List.of())));
        });
        return result;
    }

    private Map<AgencyYear, List<Measurement>> load(Set<AgencyYear> keys) {
        Map<AgencyYear, List<Measurement>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(AgencyYear::tenant)).forEach((tenant, ofTenant) -> {
            var rows = measurements.byAgency(
                    tenant,
                    ofTenant.stream().map(AgencyYear::agencyId).collect(Collectors.toSet()),
                    ofTenant.stream().map(AgencyYear::year).collect(Collectors.toSet()));
            ofTenant.forEach(key -> result.put(
                    key,
                    rows.getOrDefault(key.agencyId(), List.of()).stream()
                            .filter(m -> m.year() == key.year())
                            .toList()));
        });
        return result;
    }
}
