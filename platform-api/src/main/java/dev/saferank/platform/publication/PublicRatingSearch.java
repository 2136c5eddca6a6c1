package dev.saferank.platform.publication;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.saferank.platform.agency.Categories;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.search.PublicSearchEngine;
import dev.saferank.platform.search.PublicSearchQuery;
import dev.saferank.platform.search.PublicSearchQuery.Order;
import dev.saferank.platform.search.SearchEngine;
import dev.saferank.platform.search.SearchPage;
import dev.saferank.platform.search.SearchQuery.Facet;
import dev.saferank.platform.search.SearchResults;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The public search over the published ratings of every city: anyone, no sign-in. The index answers which
 * announced entries match (the latest standing of each agency and year only); their rows come from MySQL,
 * read again as published and announced.
 */
@Controller
class PublicRatingSearch {

    record PublicRatingFilter(String tenant, String district, String category, String grade, Integer year) {}

    record Hit(
            String tenant,
            String cityName,
            long agencyId,
            String agencyName,
            String district,
            String districtName,
            String category,
            String categoryLabel,
            int year,
            String grade,
            String publishedGrade,
            int rank,
            BigDecimal total,
            long publicationId,
            String publicationTitle,
            Instant publishedAt,
            Double score,
            List<SearchPage.Highlight> highlights,
            List<String> lists) {}

    record Result(long total, List<Hit> hits, List<SearchPage.FacetCounts> facets, SearchResults.PageInfo pageInfo) {}

    /** Index fields whose matches are highlighted, and their names in the API. */
    private static final Map<String, String> HIGHLIGHTED = Map.of(
            "agency_name", "agencyName",
            "city_name", "cityName",
            "district_name", "districtName",
            "category_label", "categoryLabel");

    private final PublicSearchEngine engine;
    private final PublicRatingMapper mapper;

    PublicRatingSearch(PublicSearchEngine engine, PublicRatingMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    Result publicRatings(
            @Argument String query,
            @Argument PublicRatingFilter filter,
            @Argument Integer first,
            @Argument String after) {
        int size = SearchResults.size(first);
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null && text.length() > SearchEngine.MAX_TEXT) {
            throw new InvalidInputException("query", "TOO_LONG", "搜索词过长（上限 " + SearchEngine.MAX_TEXT + " 字）");
        }
        var search = new PublicSearchQuery(
                PublicRatingProjection.INDEX,
                text == null ? null : PublicRatingQueries.matching(text),
                filters(filter),
                text == null ? Map.of() : PublicRatingQueries.highlights(text, HIGHLIGHTED.keySet()),
                List.of(
                        Facet.terms("tenant", "tenant_id"),
                        Facet.terms("district", "district"),
                        Facet.terms("category", "category"),
                        Facet.terms("grade", "published_grade"),
                        Facet.terms("year", "year")),
                List.of(Order.desc("year"), Order.asc("rank"), Order.asc("id")),
                size,
                after);
        SearchPage page = engine.search(search);
        var ids = page.hits().stream().map(SearchPage.Hit::id).toList();
        Map<Long, PublicRating> rows = ids.isEmpty()
                ? Map.of()
                : mapper.publishedByIds(ids).stream().collect(Collectors.toMap(PublicRating::id, Function.identity()));
        List<Hit> hits = page.hits().stream()
                .filter(hit -> rows.containsKey(hit.id()))
                .map(hit -> hit(rows.get(hit.id()), hit))
                .toList();
        return new Result(
                page.total(),
                hits,
                labels(page.facets()),
                new SearchResults.PageInfo(page.hasNextPage(), page.endCursor()));
    }

    private static Hit hit(PublicRating r, SearchPage.Hit hit) {
        List<SearchPage.Highlight> highlights = hit.highlights().stream()
                .filter(h -> HIGHLIGHTED.containsKey(h.field()))
                .map(h -> new SearchPage.Highlight(HIGHLIGHTED.get(h.field()), h.fragments()))
                .toList();
        return new Hit(
                r.tenantId(),
                r.cityName(),
                r.agencyId(),
                r.agencyName(),
                r.district(),
                r.districtName(),
                r.category(),
                r.category() == null ? null : r.categoryLabel(),
                r.year(),
                r.grade(),
                r.publishedGrade(),
                r.overallRank(),
                r.shownTotal(),
                r.publicationId(),
                r.publicationTitle(),
                r.publishedAt(),
                hit.score() == null || hit.score().isNaN() ? null : hit.score(),
                highlights,
                r.publicListTitles());
    }

    private List<Query> filters(PublicRatingFilter filter) {
        List<Query> filters = new ArrayList<>();
        filters.add(term("current", FieldValue.of(true)));
        if (filter == null) {
            return filters;
        }
        if (filter.tenant() != null) {
            String tenant = filter.tenant().strip();
            if (!tenant.matches("[a-z][a-z0-9-]{1,31}") || mapper.city(tenant).isEmpty()) {
                throw new InvalidInputException("filter.tenant", "UNKNOWN_CITY", "未找到该城市（filter.tenant）");
            }
            filters.add(term("tenant_id", FieldValue.of(tenant)));
        }
        if (filter.category() != null) {
            if (Categories.label(filter.category()).isEmpty()) {
                throw new InvalidInputException(
                        "filter.category",
                        "UNKNOWN_CATEGORY",
                        "机构类别（filter.category）有误，可选："
                                + Categories.all().stream()
                                        .map(c -> c.code() + " " + c.label())
                                        .collect(Collectors.joining("、")));
            }
            filters.add(term("category", FieldValue.of(filter.category())));
        }
        if (filter.year() != null) {
            if (filter.year() < 1000 || filter.year() > 9999) {
                throw new InvalidInputException("filter.year", "INVALID_YEAR", "年度（filter.year）须为四位数的年份");
            }
            filters.add(term("year", FieldValue.of(filter.year())));
        }
        if (filter.district() != null) {
            filters.add(term("district", FieldValue.of(filter.district().strip())));
        }
        if (filter.grade() != null) {
            filters.add(term("published_grade", FieldValue.of(filter.grade().strip())));
        }
        return filters;
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** Labels for people: the city's name, the district's name (one statement each), the category's label. */
    private List<SearchPage.FacetCounts> labels(List<SearchPage.FacetCounts> facets) {
        Map<String, String> cities = new LinkedHashMap<>();
        Map<String, String> districts = new LinkedHashMap<>();
        var districtCodes = keys(facets, "district");
        if (!keys(facets, "tenant").isEmpty()) {
            mapper.cities().forEach(c -> cities.put(c.id(), PublicRating.cityName(c.name())));
        }
        if (!districtCodes.isEmpty()) {
            mapper.districtsByCode(districtCodes)
                    .forEach(d -> districts.merge(d.code(), d.name(), (a, b) -> a.equals(b) ? a : a + "/" + b));
        }
        return facets.stream()
                .map(f -> new SearchPage.FacetCounts(
                        f.name(),
                        f.buckets().stream()
                                .map(b -> switch (f.name()) {
                                    case "tenant" -> b.withLabel(cities.getOrDefault(b.key(), b.key()));
                                    case "district" -> b.withLabel(districts.getOrDefault(b.key(), b.key()));
                                    case "category" ->
                                        b.withLabel(Categories.label(b.key()).orElse(b.key()));
                                    default -> b.withLabel(b.key());
                                })
                                .toList()))
                .toList();
    }

    private static List<String> keys(List<SearchPage.FacetCounts> facets, String name) {
        return facets.stream()
                .filter(f -> f.name().equals(name))
                .flatMap(f -> f.buckets().stream())
                .map(SearchPage.Bucket::key)
                .toList();
    }
}
