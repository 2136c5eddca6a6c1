package dev.saferank.platform.publication;

import dev.saferank.rating.publication.PublicationRequests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The cities of the public site, for anyone: names, districts, the notice open today and the years with a
 * publication. One statement per field whatever the number of cities.
 */
@Controller
class PublicCities {

    record PublicCity(String code, String name, String bureauName) {}

    record PublicDistrict(String code, String name) {}

    private final PublicRatingMapper mapper;

    PublicCities(PublicRatingMapper mapper) {
        this.mapper = mapper;
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    List<PublicCity> publicCities() {
        return mapper.cities(LocalDate.now(PublicationRequests.BUREAU_ZONE)).stream()
                .map(c -> new PublicCity(c.id(), PublicRating.cityName(c.name()), c.name()))
                .toList();
    }

    @BatchMapping(typeName = "PublicCity")
    Map<PublicCity, List<PublicDistrict>> districts(List<PublicCity> cities) {
        Map<String, List<PublicDistrict>> byTenant = new HashMap<>();
        mapper.districts(codes(cities)).forEach(d -> byTenant.computeIfAbsent(d.tenantId(), k -> new ArrayList<>())
                .add(new PublicDistrict(d.code(), d.name())));
        Map<PublicCity, List<PublicDistrict>> out = new HashMap<>();
        cities.forEach(c -> out.put(c, byTenant.getOrDefault(c.code(), List.of())));
        return out;
    }

    /** The newest year whose notice is open today (China's date). */
    @BatchMapping(typeName = "PublicCity")
    Map<PublicCity, Integer> openNoticeYear(List<PublicCity> cities) {
        Map<String, Integer> years = new HashMap<>();
        mapper.openNoticeYears(codes(cities), LocalDate.now(PublicationRequests.BUREAU_ZONE))
                .forEach(y -> years.put(y.tenantId(), y.year()));
        Map<PublicCity, Integer> out = new HashMap<>();
        cities.stream().filter(c -> years.containsKey(c.code())).forEach(c -> out.put(c, years.get(c.code())));
        return out;
    }

    @BatchMapping(typeName = "PublicCity")
    Map<PublicCity, List<Integer>> publishedYears(List<PublicCity> cities) {
        Map<String, List<Integer>> byTenant = new HashMap<>();
        mapper.publishedYears(codes(cities)).forEach(y -> byTenant.computeIfAbsent(y.tenantId(), k -> new ArrayList<>())
                .add(y.year()));
        Map<PublicCity, List<Integer>> out = new HashMap<>();
        cities.forEach(c -> out.put(c, byTenant.getOrDefault(c.code(), List.of())));
        return out;
    }

    private static List<String> codes(List<PublicCity> cities) {
        return cities.stream().map(PublicCity::code).toList();
    }
}
