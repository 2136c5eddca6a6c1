package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;

/**
 * A search of a public index: published data of every tenant, for anyone. Unlike {@link SearchQuery} there is
 * no caller's tenant; a tenant is at most one of the filters the caller chose.
 *
 * @param indexName the projection's index name (without prefix); its projection must be {@link
 *     SearchProjection#publicIndex() public}
 * @param text the scoring query built from the caller's words, or null to list by {@code order}
 * @param filters exact filters (tenant, year, grade, the latest standing only)
 * @param highlights fields whose matching fragments are returned, each with the query that marks them
 * @param facets the aggregations to return
 * @param order the order without words, and the tie-breakers after the score with them (the last must be
 *     unique, e.g. the id)
 * @param size hits per page
 * @param after the cursor of the last hit of the previous page, or null
 */
public record PublicSearchQuery(
        String indexName,
        Query text,
        List<Query> filters,
        Map<String, Query> highlights,
        List<SearchQuery.Facet> facets,
        List<Order> order,
        int size,
        String after) {

    /** One sort key. */
    public record Order(String field, boolean descending) {

        public static Order asc(String field) {
            return new Order(field, false);
        }

        public static Order desc(String field) {
            return new Order(field, true);
        }
    }
}
