package dev.saferank.platform.publication;

import dev.saferank.platform.agency.Categories;
import dev.saferank.platform.search.SearchPage;
import dev.saferank.platform.search.SearchQuery.Facet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public search's facets and their labels. */
final class PublicRatingFacets {

    /** Counts by city, district, category, published grade and year. */
    static final List<Facet> FACETS = List.of(
            Facet.terms("tenant", "tenant_id"),
            Facet.terms("district", "district"),
            Facet.terms("category", "category"),
            Facet.terms("grade", "published_grade"),
            Facet.terms("year", "year"));

    private final PublicRatingMapper mapper;

    PublicRatingFacets(PublicRatingMapper mapper) {
        this.mapper = mapper;
    }

    /** Labels for people: the city's name, the district's name (one statement each), the category's label. */
    List<SearchPage.FacetCounts> labelled(List<SearchPage.FacetCounts> facets) {
        Map<String, String> cities = new LinkedHashMap<>();
        Map<String, String> districts = new LinkedHashMap<>();
        var districtCodes = keys(facets, "district");
        if (!keys(facets, "tenant").isEmpty()) {
            mapper.allCities().forEach(c -> cities.put(c.id(), PublicRating.cityName(c.name())));
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
