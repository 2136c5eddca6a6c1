package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import dev.saferank.platform.graphql.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The only way the platform queries Elasticsearch for tenant data: every request is a bool query
 * whose filter holds {@code tenant_id = <caller's tenant>}, added here and nowhere else. Words match
 * across the text fields and all must occur (cross_fields, AND): an investigator narrows by adding
 * words. Pages go by {@code search_after} on (score, id), with an opaque cursor.
 */
@Service
public class SearchEngine {

    static final String TENANT_FIELD = "tenant_id";
    /** Longer texts are not searches but pasted documents, and make queries of thousands of clauses. */
    public static final int MAX_TEXT = 200;

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    SearchEngine(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    public SearchPage search(SearchQuery query) {
        if (query.tenant() == null || query.tenant().isBlank()) {
            throw new IllegalArgumentException("a search needs the caller's tenant");
        }
        if (query.hasText() && query.text().length() > MAX_TEXT) {
            throw new InvalidInputException("query", "TOO_LONG", "搜索词过长（上限 " + MAX_TEXT + " 字）");
        }
        var request = request(query);
        try {
            var response = client.search(request, Void.class);
            List<Hit<Void>> hits = response.hits().hits();
            boolean hasNext = hits.size() > query.size();
            List<Hit<Void>> shown = hasNext ? hits.subList(0, query.size()) : hits;
            var pageHits = shown.stream().map(SearchEngine::hit).toList();
            String endCursor = shown.isEmpty() ? null : cursor(shown.getLast().sort());
            long total = response.hits().total() == null
                    ? shown.size()
                    : response.hits().total().value();
            return new SearchPage(total, pageHits, facets(query.facets(), response.aggregations()), hasNext, endCursor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new SearchPage(0, List.of(), List.of(), false, null);
            }
            throw e;
        }
    }

    private SearchRequest request(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.term(t -> t.field(TENANT_FIELD).value(query.tenant()))));
        filters.addAll(query.filters());
        Query text = query.hasText()
                ? Query.of(q -> q.multiMatch(m -> m.query(query.text())
                        .fields(query.textFields())
                        .type(TextQueryType.CrossFields)
                        .operator(Operator.And)))
                : Query.of(q -> q.matchAll(all -> all));
        var builder = new SearchRequest.Builder()
                .index(indices.name(query.indexName()))
                .query(q -> q.bool(b -> b.filter(filters).must(text)))
                .size(query.size() + 1)
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.fetch(false))
                .sort(s -> s.score(score -> score.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("id").order(SortOrder.Desc)));
        if (query.after() != null) {
            builder.searchAfter(decode(query.after()));
        }
        if (query.hasText() && !query.highlightFields().isEmpty()) {
            builder.highlight(h -> {
                h.preTags("<em>").postTags("</em>").fragmentSize(120).numberOfFragments(3);
                h.fields(query.highlightFields().stream()
                        .map(field -> NamedValue.of(field, HighlightField.of(f -> f)))
                        .toList());
                return h;
            });
        }
        aggregations(builder, query.facets());
        return builder.build();
    }

    /** The facets as aggregations of the request: terms of a field, or calendar years of a date. */
    static void aggregations(SearchRequest.Builder builder, List<SearchQuery.Facet> facets) {
        for (var facet : facets) {
            builder.aggregations(
                    facet.name(),
                    a -> facet.byYear()
                            ? a.dateHistogram(d -> d.field(facet.field())
                                    .calendarInterval(CalendarInterval.Year)
                                    .format("yyyy")
                                    .minDocCount(1))
                            : a.terms(t -> t.field(facet.field()).size(50)));
        }
    }

    static SearchPage.Hit hit(Hit<Void> hit) {
        List<SearchPage.Highlight> highlights = new ArrayList<>();
        hit.highlight().forEach((field, fragments) -> highlights.add(new SearchPage.Highlight(field, fragments)));
        return new SearchPage.Hit(Long.parseLong(hit.id()), hit.score(), highlights);
    }

    static List<SearchPage.FacetCounts> facets(List<SearchQuery.Facet> wanted, Map<String, Aggregate> aggregations) {
        List<SearchPage.FacetCounts> result = new ArrayList<>();
        for (var facet : wanted) {
            Aggregate aggregate = aggregations.get(facet.name());
            List<SearchPage.Bucket> buckets = new ArrayList<>();
            if (aggregate == null) {
                // no index yet
            } else if (aggregate.isDateHistogram()) {
                aggregate
                        .dateHistogram()
                        .buckets()
                        .array()
                        .forEach(b -> buckets.add(new SearchPage.Bucket(b.keyAsString(), null, b.docCount())));
            } else if (aggregate.isSterms()) {
                aggregate
                        .sterms()
                        .buckets()
                        .array()
                        .forEach(b -> buckets.add(new SearchPage.Bucket(b.key().stringValue(), null, b.docCount())));
            } else if (aggregate.isLterms()) {
                aggregate
                        .lterms()
                        .buckets()
                        .array()
                        .forEach(b -> buckets.add(new SearchPage.Bucket(Long.toString(b.key()), null, b.docCount())));
            }
            result.add(new SearchPage.FacetCounts(facet.name(), buckets));
        }
        return result;
    }

    /** The sort values of a hit as an opaque cursor: score and id. */
    private static String cursor(List<FieldValue> sort) {
        String score = sort.get(0).isDouble() ? Double.toString(sort.get(0).doubleValue()) : "0";
        String id = Long.toString(sort.get(1).longValue());
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((score + "," + id).getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldValue> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return List.of(FieldValue.of(Double.parseDouble(parts[0])), FieldValue.of(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("after", "INVALID_CURSOR", "翻页游标无效");
        }
    }
}
