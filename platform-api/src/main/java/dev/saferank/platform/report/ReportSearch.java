package dev.saferank.platform.report;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.saferank.platform.search.SearchPage;
import dev.saferank.platform.search.SearchQuery;
import dev.saferank.platform.search.SearchQuery.Facet;
import dev.saferank.platform.search.SearchResults;
import dev.saferank.platform.security.Callers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Investigators' search over the tenant's reports: Chinese full text with highlights, filters,
 * facets, cursor pages. The hits' rows come from MySQL (the source of truth), bound to the tenant, with
 * their agency's name and without their text (read only if a client asks for {@code body}).
 */
@Controller
class ReportSearch {

    /** Filters; "all reports signed by this person" is {@code signatoryStaffId} (or the name). */
    record ReportSearchFilter(
            Long agencyId,
            String type,
            LocalDate issuedFrom,
            LocalDate issuedTo,
            String status,
            Long signatoryStaffId,
            String signatoryName) {}

    private final SearchResults results;
    private final ReportMapper mapper;

    ReportSearch(SearchResults results, ReportMapper mapper) {
        this.results = results;
        this.mapper = mapper;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SearchResults.Result<Report> searchReports(
            @Argument String query,
            @Argument ReportSearchFilter filter,
            @Argument Integer first,
            @Argument String after,
            Authentication auth) {
        String tenant = Callers.tenant(auth);
        var search = new SearchQuery(
                ReportProjection.INDEX,
                tenant,
                query,
                List.of("title^3", "body", "enterprise^2", "agency_name"),
                filters(filter),
                List.of("title", "body", "enterprise"),
                List.of(
                        Facet.terms("type", "type"),
                        Facet.terms("agency", "agency_id"),
                        Facet.years("year", "issued_on"),
                        Facet.terms("signatory", "signatory_names"),
                        Facet.terms("status", "status")),
                SearchResults.size(first),
                after);
        return results.run(
                search,
                ids -> mapper.listedByIds(tenant, ids).stream()
                        .collect(Collectors.toMap(Report::id, Function.identity())),
                facets -> labels(tenant, facets));
    }

    private List<SearchPage.FacetCounts> labels(String tenant, List<SearchPage.FacetCounts> facets) {
        return SearchPage.labelled(
                facets,
                ids -> mapper.agencyNames(tenant, ids).stream()
                        .collect(Collectors.toMap(a -> Long.toString(a.id()), ReportMapper.AgencyName::name)),
                (facet, key) -> facet.equals("type") ? ReportRules.TYPES.get(key) : key);
    }

    private static List<Query> filters(ReportSearchFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter == null) {
            return filters;
        }
        if (filter.agencyId() != null) {
            filters.add(term("agency_id", FieldValue.of(filter.agencyId())));
        }
        if (filter.type() != null) {
            filters.add(term("type", FieldValue.of(filter.type())));
        }
        if (filter.status() != null) {
            filters.add(term("status", FieldValue.of(filter.status())));
        }
        if (filter.signatoryStaffId() != null) {
            filters.add(term("signatory_staff_ids", FieldValue.of(filter.signatoryStaffId())));
        }
        if (filter.signatoryName() != null) {
            filters.add(
                    term("signatory_names", FieldValue.of(filter.signatoryName().strip())));
        }
        SearchResults.dateRange("issued_on", filter.issuedFrom(), filter.issuedTo())
                .ifPresent(filters::add);
        return filters;
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
