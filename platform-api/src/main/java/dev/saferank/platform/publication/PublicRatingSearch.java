package dev.saferank.platform.publication;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.search.PublicSearchEngine;
import dev.saferank.platform.search.PublicSearchQuery;
import dev.saferank.platform.search.PublicSearchQuery.Order;
import dev.saferank.platform.search.SearchEngine;
import dev.saferank.platform.search.SearchPage;
import dev.saferank.platform.search.SearchResults;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
            String creditCode,
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
    private final PublicRatingFilters filters;
    private final PublicRatingFacets facets;

    PublicRatingSearch(PublicSearchEngine engine, PublicRatingMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
        this.filters = new PublicRatingFilters(mapper);
        this.facets = new PublicRatingFacets(mapper);
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
        // a 统一社会信用代码 (the key 信用中国 uses) finds that agency's announced standings, in any city
        String code = text == null ? null : text.toUpperCase(Locale.ROOT);
        boolean byCode = code != null && CreditCode.problem(code).isEmpty();
        var search = new PublicSearchQuery(
                PublicRatingProjection.INDEX,
                text == null ? null : byCode ? withCreditCode(code) : PublicRatingQueries.matching(text),
                filters.of(filter),
                text == null || byCode ? Map.of() : PublicRatingQueries.highlights(text, HIGHLIGHTED.keySet()),
                PublicRatingFacets.FACETS,
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
                facets.labelled(page.facets()),
                new SearchResults.PageInfo(page.hasNextPage(), page.endCursor()));
    }

    /** The announced entries of the agencies registered with the code (none: nothing matches). */
    private Query withCreditCode(String code) {
        List<FieldValue> agencies = mapper.agenciesWithCreditCode(code).stream()
                .map(id -> FieldValue.of(id.longValue()))
                .toList();
        return agencies.isEmpty()
                ? Query.of(q -> q.matchNone(m -> m))
                : Query.of(q -> q.terms(t -> t.field("agency_id").terms(v -> v.value(agencies))));
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
                r.creditCode(),
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
}
