package dev.saferank.platform.search;

import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One page of hits: ids in rank order (the caller loads the rows from MySQL), the highlighted
 * fragments, the facet counts over all matches, and the cursor to the next page.
 */
public record SearchPage(long total, List<Hit> hits, List<FacetCounts> facets, boolean hasNextPage, String endCursor) {

    public record Hit(long id, Double score, List<Highlight> highlights) {}

    /** Fragments of one field with the matched words in {@code <em>}. */
    public record Highlight(String field, List<String> fragments) {}

    public record FacetCounts(String name, List<Bucket> buckets) {}

    /**
     * Facets with labels for people: the buckets of the {@code agency} facet by the agencies' names, read
     * once for all of them ({@code agencyNames}: ids to names by id as text), every other bucket by
     * {@code label(facet, key)}.
     */
    public static List<FacetCounts> labelled(
            List<FacetCounts> facets,
            Function<List<Long>, Map<String, String>> agencyNames,
            BinaryOperator<String> label) {
        List<Long> agencyIds = facets.stream()
                .filter(f -> f.name().equals("agency"))
                .flatMap(f -> f.buckets().stream())
                .map(b -> Long.parseLong(b.key()))
                .toList();
        Map<String, String> names = agencyIds.isEmpty() ? Map.of() : agencyNames.apply(agencyIds);
        return facets.stream()
                .map(f -> new FacetCounts(
                        f.name(),
                        f.buckets().stream()
                                .map(b -> b.withLabel(
                                        f.name().equals("agency")
                                                ? names.get(b.key())
                                                : label.apply(f.name(), b.key())))
                                .toList()))
                .toList();
    }

    /** A value and its number of matches; {@code label} is filled in by the caller when useful. */
    public record Bucket(String key, String label, long count) {
        public Bucket withLabel(String label) {
            return new Bucket(key, label, count);
        }
    }
}
