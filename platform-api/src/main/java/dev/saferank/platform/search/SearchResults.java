package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.Pages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * Runs a search and turns its hits into rows read from MySQL, in rank order: the index answers
 * which ids match, MySQL (bound to the caller's tenant) what they are. A hit whose row is gone is
 * left out.
 */
@Service
public class SearchResults {

    /** A page of results as the GraphQL {@code …SearchResult} types show it. */
    public record Result<T>(long total, List<HitOf<T>> hits, List<SearchPage.FacetCounts> facets, PageInfo pageInfo) {}

    public record HitOf<T>(T node, Double score, List<SearchPage.Highlight> highlights) {}

    public record PageInfo(boolean hasNextPage, String endCursor) {}

    private final SearchEngine engine;

    SearchResults(SearchEngine engine) {
        this.engine = engine;
    }

    public <T> Result<T> run(
            SearchQuery query,
            Function<List<Long>, Map<Long, T>> rows,
            UnaryOperator<List<SearchPage.FacetCounts>> labels) {
        SearchPage page = engine.search(query);
        var ids = page.hits().stream().map(SearchPage.Hit::id).toList();
        Map<Long, T> found = ids.isEmpty() ? Map.of() : rows.apply(ids);
        List<HitOf<T>> hits = page.hits().stream()
                .filter(hit -> found.containsKey(hit.id()))
                .map(hit -> new HitOf<>(found.get(hit.id()), hit.score(), hit.highlights()))
                .toList();
        return new Result<>(
                page.total(), hits, labels.apply(page.facets()), new PageInfo(page.hasNextPage(), page.endCursor()));
    }

    /** The page size asked for: 20 by default, 1 to 100. */
    public static int size(Integer first) {
        int size = first == null ? Pages.DEFAULT_SIZE : first;
        if (size < 1 || size > Pages.MAX_SIZE) {
            throw new InvalidInputException("first", "PAGE_SIZE", "每页条数须在 1 到 " + Pages.MAX_SIZE + " 之间");
        }
        return size;
    }

    /** A filter on a date field from and to the given days (both included, either may be open). */
    public static Optional<Query> dateRange(String field, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("filter", "INVALID_DATE_RANGE", "起始日期不能晚于截止日期");
        }
        return Optional.of(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        }))));
    }
}
