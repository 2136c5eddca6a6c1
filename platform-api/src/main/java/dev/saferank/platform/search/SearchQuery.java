package dev.saferank.platform.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;

/**
 * A search of one index for one tenant. The tenant is not a filter among others: {@link
 * SearchEngine} adds it to every query it sends.
 *
 * @param indexName the projection's index name (without prefix)
 * @param tenant the caller's tenant, from the token
 * @param text words to find (Chinese analyzer), or null/blank for all documents
 * @param textFields the fields the words are looked for in, with optional boosts ({@code title^2})
 * @param filters exact filters (agency, type, dates, status, signatory)
 * @param highlightFields fields whose matching fragments are returned
 * @param facets the aggregations to return
 * @param size hits per page
 * @param after the cursor of the last hit of the previous page, or null
 */
public record SearchQuery(
        String indexName,
        String tenant,
        String text,
        List<String> textFields,
        List<Query> filters,
        List<String> highlightFields,
        List<Facet> facets,
        int size,
        String after) {

    /** A facet: counts by the values of a keyword/long field, or by calendar year of a date. */
    public record Facet(String name, String field, boolean byYear) {

        public static Facet terms(String name, String field) {
            return new Facet(name, field, false);
        }

        public static Facet years(String name, String field) {
            return new Facet(name, field, true);
        }
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
