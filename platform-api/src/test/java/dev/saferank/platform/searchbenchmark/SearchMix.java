package dev.saferank.platform.searchbenchmark;

import dev.saferank.platform.searchbenchmark.NationalIndex.Agency;
import dev.saferank.platform.searchbenchmark.NationalIndex.City;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * What citizens ask the public site, as the request bodies its pages send ({@link SiteQueries}), in a
 * fixed mix. Each kind has its share of the requests (percent); the next pages are made later from the
 * cursors of first pages ({@link MixCheck}).
 */
final class SearchMix {

    /** A kind of request, its share of the mix in percent, and what the site page does. */
    enum Kind {
        NAME(20, "an agency's full name (搜索框)"),
        NAME_WORDS(10, "city and trade name, e.g. 安阳 恒信"),
        TYPO(15, "a full name with one character wrong (按全评价)"),
        DISTRICT_WORDS(10, "city and district as words, e.g. 安阳 东湖区"),
        DISTRICT_FILTER(5, "a city's district chosen in the filter, no words"),
        CITY_PAGE(10, "the city page: its year's grade chart (first: 1)"),
        CITY_LIST(10, "a city chosen in the filter, no words: its agencies by rank"),
        NATIONAL(5, "the search page without words or with a category/grade filter: every city"),
        NEXT_PAGE(10, "the next page of a city list or a national list (after: cursor)"),
        CITIES(5, "publicCities: the cities menu every page loads");

        final int share;
        final String what;

        Kind(int share, String what) {
            this.share = share;
            this.what = what;
        }
    }

    /** One request: its kind, its body, and the agency it must find (0 when it looks for no one). */
    record Request(Kind kind, String body, long expectedAgency) {}

    private static final int PAGE = 20;

    private final String search = SiteQueries.search();
    private final String cities = SiteQueries.cities();
    private final List<City> country;
    private final SplittableRandom random = new SplittableRandom(20_261_207L);

    SearchMix(List<City> country) {
        this.country = country;
    }

    /**
     * {@code count} first requests in the shares of the mix, shuffled; NEXT_PAGE's share is taken by
     * the lists it will page through.
     */
    List<Request> firstRequests(int count) {
        List<Request> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int n = Math.max(1, count * kind.share / 100);
            for (int i = 0; i < n; i++) {
                out.add(kind == Kind.NEXT_PAGE ? (i % 2 == 0 ? cityList() : national()) : request(kind));
            }
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            out.set(i, out.set(j, out.get(i)));
        }
        return out;
    }

    private Request request(Kind kind) {
        City city = country.get(random.nextInt(country.size()));
        Agency agency = city.agencies().get(random.nextInt(city.agencies().size()));
        String[] district = city.districts().get(random.nextInt(city.districts().size()));
        return switch (kind) {
            case NAME -> search(kind, agency.name(), Map.of(), PAGE, agency.id());
            case NAME_WORDS -> search(kind, city.name() + " " + agency.name().substring(4, 6), Map.of(), PAGE, 0);
            case TYPO ->
                search(kind, NationalNames.typo(agency.name(), random.nextInt(7)), Map.of(), PAGE, agency.id());
            case DISTRICT_WORDS -> search(kind, city.name() + "市 " + district[1], Map.of(), PAGE, 0);
            case DISTRICT_FILTER ->
                search(kind, null, Map.of("tenant", city.tenant(), "district", district[0]), PAGE, 0);
            case CITY_PAGE -> search(kind, null, Map.of("tenant", city.tenant(), "year", NationalIndex.YEAR), 1, 0);
            case CITY_LIST -> cityList(city);
            case NATIONAL -> national();
            case CITIES -> new Request(kind, body(cities, "PublicCities", Map.of()), 0);
            case NEXT_PAGE -> throw new IllegalArgumentException("next pages come from first pages");
        };
    }

    private Request cityList() {
        return cityList(country.get(random.nextInt(country.size())));
    }

    private Request cityList(City city) {
        return search(Kind.CITY_LIST, null, Map.of("tenant", city.tenant()), PAGE, 0);
    }

    private Request national() {
        return switch (random.nextInt(3)) {
            case 0 -> search(Kind.NATIONAL, null, Map.of(), PAGE, 0);
            case 1 -> search(Kind.NATIONAL, null, Map.of("category", "testing"), PAGE, 0);
            default -> search(Kind.NATIONAL, null, Map.of("grade", "优秀", "year", NationalIndex.YEAR), PAGE, 0);
        };
    }

    /** The next page of a first page: the same variables with {@code after}. */
    Request nextPage(String variablesJson, String cursor) {
        var variables = JsonMapper.shared().readValue(variablesJson, LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> next = new LinkedHashMap<>(variables);
        next.put("after", cursor);
        return new Request(Kind.NEXT_PAGE, body(search, "PublicRatings", next), 0);
    }

    private Request search(Kind kind, String query, Map<String, Object> filter, int first, long expected) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("query", query);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", null);
        return new Request(kind, body(search, "PublicRatings", variables), expected);
    }

    private static String body(String document, String operation, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operationName", operation);
        body.put("query", document);
        body.put("variables", variables);
        return JsonMapper.shared().writeValueAsString(body);
    }
}
