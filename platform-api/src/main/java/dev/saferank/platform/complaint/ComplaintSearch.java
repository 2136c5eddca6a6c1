package dev.saferank.platform.complaint;

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

/** Investigators' search over the tenant's complaints and cases. */
@Controller
class ComplaintSearch {

    /** "All complaints about this agency" is {@code agencyId}. */
    record ComplaintSearchFilter(Long agencyId, String status, LocalDate filedFrom, LocalDate filedTo) {}

    record CaseSearchFilter(Long agencyId, String status, String outcome, LocalDate openedFrom, LocalDate openedTo) {}

    private final SearchResults results;
    private final ComplaintMapper mapper;

    ComplaintSearch(SearchResults results, ComplaintMapper mapper) {
        this.results = results;
        this.mapper = mapper;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SearchResults.Result<Complaint> searchComplaints(
            @Argument String query,
            @Argument ComplaintSearchFilter filter,
            @Argument Integer first,
            @Argument String after,
            Authentication auth) {
        String tenant = Callers.tenant(auth);
        List<Query> filters = new ArrayList<>();
        if (filter != null) {
            term(filters, "agency_id", filter.agencyId() == null ? null : FieldValue.of(filter.agencyId()));
            term(filters, "status", filter.status() == null ? null : FieldValue.of(filter.status()));
            SearchResults.dateRange("filed_on", filter.filedFrom(), filter.filedTo())
                    .ifPresent(filters::add);
        }
        var search = new SearchQuery(
                ComplaintProjections.COMPLAINTS,
                tenant,
                query,
                List.of("subject^3", "body", "named_agency^2", "agency_name^2"),
                filters,
                List.of("subject", "body", "named_agency"),
                List.of(Facet.terms("status", "status"), Facet.terms("agency", "agency_id")),
                SearchResults.size(first),
                after);
        return results.run(
                search,
                ids -> mapper.findByIds(tenant, ids).stream()
                        .collect(Collectors.toMap(Complaint::id, Function.identity())),
                facets -> labels(tenant, facets));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    SearchResults.Result<EnforcementCase> searchCases(
            @Argument String query,
            @Argument CaseSearchFilter filter,
            @Argument Integer first,
            @Argument String after,
            Authentication auth) {
        String tenant = Callers.tenant(auth);
        List<Query> filters = new ArrayList<>();
        if (filter != null) {
            term(filters, "agency_id", filter.agencyId() == null ? null : FieldValue.of(filter.agencyId()));
            term(filters, "status", filter.status() == null ? null : FieldValue.of(filter.status()));
            term(filters, "outcome", filter.outcome() == null ? null : FieldValue.of(filter.outcome()));
            SearchResults.dateRange("opened_on", filter.openedFrom(), filter.openedTo())
                    .ifPresent(filters::add);
        }
        var search = new SearchQuery(
                ComplaintProjections.CASES,
                tenant,
                query,
                List.of("title^3", "steps", "outcome_note", "agency_name^2"),
                filters,
                List.of("title", "steps", "outcome_note"),
                List.of(
                        Facet.terms("status", "status"),
                        Facet.terms("outcome", "outcome"),
                        Facet.terms("agency", "agency_id")),
                SearchResults.size(first),
                after);
        return results.run(
                search,
                ids -> mapper.findCases(tenant, ids).stream()
                        .collect(Collectors.toMap(EnforcementCase::id, Function.identity())),
                facets -> labels(tenant, facets));
    }

    private List<SearchPage.FacetCounts> labels(String tenant, List<SearchPage.FacetCounts> facets) {
        return SearchPage.labelled(
                facets,
                ids -> mapper.agencyNames(tenant, ids).stream()
                        .collect(Collectors.toMap(a -> Long.toString(a.id()), ComplaintMapper.AgencyName::name)),
                (facet, key) -> label(key));
    }

    private static String label(String key) {
        return switch (key) {
            case "received" -> "已受理";
            case "triaged" -> "核查中";
            case "caseOpened" -> "已立案";
            case "closed" -> "已办结";
            case "open" -> "办理中";
            case "confirmed" -> "查实";
            case "unfounded" -> "不属实";
            default -> key;
        };
    }

    private static void term(List<Query> filters, String field, FieldValue value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }
}
