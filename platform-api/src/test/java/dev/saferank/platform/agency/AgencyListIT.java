package dev.saferank.platform.agency;

import static dev.saferank.platform.agency.AgencyFixtures.classification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The agency list as a cursor connection with a bureau's filters; who sees which agency. */
@RealServersTest
class AgencyListIT {

    static final String PAGE =
            """
            query($first: Int, $after: String, $filter: AgencyFilter) {
              agencies(first: $first, after: $after, filter: $filter) {
                edges { cursor node { id name category status } } pageInfo { hasNextPage endCursor } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AgencyFixtures fixtures;
    TestData data;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        data = new TestData(jdbc, null);
        data.tenant("quanzhou");
        data.tenant("linyi");
    }

    @Test
    void pagesThrough25AgenciesInPagesOf10WithFilters() {
        String marker = AgencyFixtures.marker();
        String district = fixtures.district("quanzhou");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // every third is training (i = 0, 3, …, 24: 9 agencies); the first 7 serve the district
            long id = data.agency("quanzhou", "分页" + marker + "-" + i, i % 3 == 0 ? "training" : "testing");
            ids.add(id);
            if (i < 7) {
                jdbc.update(
                        "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('quanzhou', ?, ?)",
                        id,
                        district);
            }
        }
        jdbc.update(
                "UPDATE agency SET status = 'withdrawn' WHERE tenant_id = 'quanzhou' AND id IN (?, ?)",
                ids.get(1),
                ids.get(2));
        String admin = AgencyFixtures.token("quanzhou-admin");

        List<JsonNode> pages = pages(Map.of("nameContains", marker), 10, admin);

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().map(p -> p.path("edges").size())).containsExactly(10, 10, 5);
        assertThat(pages.stream()
                        .map(p -> p.path("pageInfo").path("hasNextPage").asBoolean()))
                .containsExactly(true, true, false);
        assertThat(pages.stream()
                        .flatMap(p -> p.path("edges").findValuesAsString("id").stream())
                        .map(Long::valueOf))
                .containsExactlyElementsOf(ids);

        assertThat(ids(pages(Map.of("nameContains", marker, "category", "training"), 10, admin)))
                .hasSize(9);
        assertThat(ids(pages(Map.of("nameContains", marker, "district", district), 10, admin)))
                .containsExactlyElementsOf(ids.subList(0, 7));
        assertThat(ids(pages(Map.of("nameContains", marker, "district", district, "status", "active"), 10, admin)))
                .containsExactly(ids.get(0), ids.get(3), ids.get(4), ids.get(5), ids.get(6));
        assertThat(ids(pages(Map.of("nameContains", marker + "-1"), 10, admin)))
                .as("分页…-1 and 分页…-10 … -19")
                .hasSize(11);
        assertThat(ids(pages(Map.of("nameContains", "%"), 100, AgencyFixtures.token("quanzhou-inspector"))))
                .as("% is matched literally")
                .doesNotContainAnyElementsOf(ids);
    }

    @Test
    void refusesPagesAbove100() {
        JsonNode error = fixtures.error(PAGE, Map.of("first", 101), AgencyFixtures.token("quanzhou-admin"));

        assertThat(classification(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).contains("100");
    }

    @Test
    void anAgencyUserSeesOnlyItsOwnAgency() {
        long own = data.agency("quanzhou", "自有机构" + AgencyFixtures.marker(), "evaluation");
        long other = data.agency("quanzhou", "他家机构" + AgencyFixtures.marker(), "evaluation");
        fixtures.linkAccount("quanzhou", "quanzhou-agency", own);
        String token = AgencyFixtures.token("quanzhou-agency");

        JsonNode mine = fixtures.ok("{ myAgency { id } agency(id: " + own + ") { id } }", Map.of(), token);
        JsonNode otherError = fixtures.error("{ agency(id: " + other + ") { id } }", Map.of(), token);
        JsonNode listError = fixtures.error(PAGE, Map.of(), token);

        assertThat(mine.path("myAgency").path("id").asLong()).isEqualTo(own);
        assertThat(mine.path("agency").path("id").asLong()).isEqualTo(own);
        assertThat(classification(otherError)).isEqualTo("NOT_FOUND");
        assertThat(classification(listError)).isEqualTo("FORBIDDEN");
    }

    @Test
    void anotherCityAnswersAsIfTheAgencyDidNotExist() {
        String marker = AgencyFixtures.marker();
        long quanzhou = data.agency("quanzhou", "泉州机构" + marker, "evaluation");
        long missing = quanzhou + 1_000_000_000L;
        String linyi = AgencyFixtures.token("linyi-admin");

        JsonNode foreign = fixtures.error("{ agency(id: " + quanzhou + ") { id name } }", Map.of(), linyi);
        JsonNode absent = fixtures.error("{ agency(id: " + missing + ") { id name } }", Map.of(), linyi);
        JsonNode list = fixtures.ok(PAGE, Map.of("filter", Map.of("nameContains", marker)), linyi);

        assertThat(classification(foreign)).isEqualTo(classification(absent)).isEqualTo("NOT_FOUND");
        assertThat(foreign.path("message").asString().replace(String.valueOf(quanzhou), "?"))
                .isEqualTo(absent.path("message").asString().replace(String.valueOf(missing), "?"));
        assertThat(list.path("agencies").path("edges").size()).isZero();
    }

    @Test
    void aMalformedIdIsABadRequestNotAServerError() {
        String admin = AgencyFixtures.token("quanzhou-admin");

        List<JsonNode> errors = List.of(
                fixtures.error("{ agency(id: \"abc\") { id } }", Map.of(), admin),
                fixtures.error("{ staffMember(id: \"1 OR 1=1\") { id } }", Map.of(), admin),
                fixtures.error(
                        "mutation { recordEngagement(input: {agencyId: \"x\", enterpriseName: \"e\", districtCode: \"d\","
                                + " serviceType: \"evaluation\", contractDate: \"2024-01-01\"}) { errors { code } } }",
                        Map.of(),
                        admin));

        assertThat(errors).allSatisfy(e -> assertThat(classification(e)).isIn("BAD_REQUEST", "ValidationError"));
        long agency = data.agency("quanzhou", "年度越界" + AgencyFixtures.marker(), "evaluation");
        JsonNode year =
                fixtures.error("{ agency(id: " + agency + ") { data(year: 2147483647) { field } } }", Map.of(), admin);
        JsonNode cursor = fixtures.error(PAGE, Map.of("first", 10, "after", "not-a-cursor"), admin);
        assertThat(classification(year)).isEqualTo("BAD_REQUEST");
        assertThat(classification(cursor)).isIn("BAD_REQUEST", "ValidationError");
    }

    private List<JsonNode> pages(Map<String, Object> filter, int size, String token) {
        List<JsonNode> pages = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", size, "filter", filter));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = fixtures.ok(PAGE, variables, token).path("agencies");
            pages.add(page);
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString()
                    : null;
        } while (after != null && pages.size() < 20);
        return pages;
    }

    private static List<Long> ids(List<JsonNode> pages) {
        return pages.stream()
                .flatMap(p -> p.path("edges").findValuesAsString("id").stream())
                .map(Long::valueOf)
                .toList();
    }
}
