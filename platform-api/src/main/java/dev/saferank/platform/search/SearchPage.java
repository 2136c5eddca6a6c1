package dev.saferank.platform.search;

import java.util.List;

/**
 * One page of hits: ids in rank order (the caller loads the rows from MySQL), the highlighted
 * fragments, the facet counts over all matches, and the cursor to the next page.
 */
public record SearchPage(long total, List<Hit> hits, List<FacetCounts> facets, boolean hasNextPage, String endCursor) {

    public record Hit(long id, Double score, List<Highlight> highlights) {}

    /** Fragments of one field with the matched words in {@code <em>}. */
    public record Highlight(String field, List<String> fragments) {}

    public record FacetCounts(String name, List<Bucket> buckets) {}

    /** A value and its number of matches; {@code label} is filled in by the caller when useful. */
    public record Bucket(String key, String label, long count) {
        public Bucket withLabel(String label) {
            return new Bucket(key, label, count);
        }
    }
}
