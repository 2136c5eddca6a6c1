package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
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
import org.springframework.stereotype.Service;

/**
 * Searches the public indices: published data of every tenant, which anyone may read. It refuses any index
 * whose projection is not declared {@link SearchProjection#publicIndex() public}, so that tenant data is
 * still reached only through {@link SearchEngine} and its tenant filter. Relevance first when there are
 * words, then the query's order; pages by {@code search_after} with an opaque cursor of the sort values.
 */
@Service
public class PublicSearchEngine {

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    PublicSearchEngine(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    public SearchPage search(PublicSearchQuery query) {
        if (!indices.isPublic(query.indexName())) {
            throw new IllegalArgumentException(query.indexName() + " is not a public index");
        }
        try {
            var response = client.search(request(query), Void.class);
            List<Hit<Void>> hits = response.hits().hits();
            boolean hasNext = hits.size() > query.size();
            List<Hit<Void>> shown = hasNext ? hits.subList(0, query.size()) : hits;
            long total = response.hits().total() == null
                    ? shown.size()
                    : response.hits().total().value();
            return new SearchPage(
                    total,
                    shown.stream().map(SearchEngine::hit).toList(),
                    SearchEngine.facets(query.facets(), response.aggregations()),
                    hasNext,
                    shown.isEmpty() ? null : cursor(shown.getLast().sort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new SearchPage(0, List.of(), List.of(), false, null);
            }
            throw e;
        }
    }

    private SearchRequest request(PublicSearchQuery query) {
        Query text = query.text() == null ? Query.of(q -> q.matchAll(all -> all)) : query.text();
        var builder = new SearchRequest.Builder()
                .index(indices.name(query.indexName()))
                .query(q -> q.bool(b -> b.filter(query.filters()).must(text)))
                .size(query.size() + 1)
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.fetch(false));
        if (query.text() != null) {
            builder.sort(s -> s.score(score -> score.order(SortOrder.Desc)));
        }
        for (var order : query.order()) {
            builder.sort(s ->
                    s.field(f -> f.field(order.field()).order(order.descending() ? SortOrder.Desc : SortOrder.Asc)));
        }
        if (query.after() != null) {
            builder.searchAfter(decode(query.after(), query.order().size() + (query.text() == null ? 0 : 1)));
        }
        if (query.text() != null && !query.highlights().isEmpty()) {
            builder.highlight(h -> {
                h.preTags("<em>").postTags("</em>").numberOfFragments(0);
                h.fields(query.highlights().entrySet().stream()
                        .map(field -> NamedValue.of(
                                field.getKey(), HighlightField.of(f -> f.highlightQuery(field.getValue()))))
                        .toList());
                return h;
            });
        }
        SearchEngine.aggregations(builder, query.facets());
        return builder.build();
    }

    /** The sort values of a hit as an opaque cursor: each value with its kind (d, l, s). */
    private static String cursor(List<FieldValue> sort) {
        List<String> parts = new ArrayList<>();
        for (FieldValue value : sort) {
            if (value.isDouble()) {
                parts.add("d" + value.doubleValue());
            } else if (value.isLong()) {
                parts.add("l" + value.longValue());
            } else if (value.isString() && !value.stringValue().contains(",")) {
                parts.add("s" + value.stringValue());
            } else {
                throw new IllegalStateException("a public search sorts on numbers and plain keywords only");
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(",", parts).getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldValue> decode(String cursor, int count) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(",", -1);
            if (parts.length != count) {
                throw new IllegalArgumentException();
            }
            List<FieldValue> values = new ArrayList<>();
            for (String part : parts) {
                String body = part.substring(1);
                values.add(
                        switch (part.charAt(0)) {
                            case 'd' -> FieldValue.of(Double.parseDouble(body));
                            case 'l' -> FieldValue.of(Long.parseLong(body));
                            case 's' -> FieldValue.of(body);
                            default -> throw new IllegalArgumentException();
                        });
            }
            return values;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException("after", "INVALID_CURSOR", "翻页游标无效");
        }
    }
}
