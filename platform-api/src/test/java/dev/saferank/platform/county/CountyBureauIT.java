package dev.saferank.platform.county;

import static dev.saferank.platform.agency.AgencyFixtures.classification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * County bureaus (区县应急管理局) inside the city tenant 泉州. The seed (泉应急〔2023〕64号, 四(二)):
 * "市、县两级应急管理部门要按照分级属地监管原则，对辖区内所有……机构进行全覆盖执法检查……县级应急管理部门重点对在本辖区从事
 * 安全生产标准化专业技术服务的机构进行全覆盖执法检查". A county's staff (demo users {@code quanzhou-fengze-*} of
 * 丰泽区 350503 and {@code quanzhou-huian-*} of 惠安县 350521, members of the organization group
 * {@code district-<code>}) act on the agencies working in their district and on the engagements with
 * enterprises there; the city's staff on all of them.
 */
@RealServersTest
class CountyBureauIT {

    static final String FENGZE = "350503";
    static final String HUIAN = "350521";

    static final String LIST =
            "query($name: String) { agencies(first: 50, filter: {nameContains: $name}) { edges { node { name } } } }";
    static final String REGISTER =
            """
            mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) {
              agency { id name districts { code } } errors { field code message } } }""";
    static final String UPDATE =
            """
            mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) {
              agency { id version districts { code } } errors { field code message } } }""";
    static final String RECORD_ENGAGEMENT =
            """
            mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) {
              engagement { id districtCode } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AgencyFixtures fixtures;
    TestData data;
    String marker;
    long fengzeAgency;
    long huianAgency;
    long bothAgency;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        data = new TestData(jdbc, null);
        data.tenant("quanzhou");
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', ?, '丰泽区')", FENGZE);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', ?, '惠安县')", HUIAN);
        marker = AgencyFixtures.marker();
        fengzeAgency = agencyIn("丰泽机构" + marker, FENGZE);
        huianAgency = agencyIn("惠安机构" + marker, HUIAN);
        bothAgency = agencyIn("两区机构" + marker, FENGZE, HUIAN);
    }

    private long agencyIn(String name, String... districts) {
        long id = data.agency("quanzhou", name, "standardisation");
        for (String district : districts) {
            jdbc.update(
                    "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('quanzhou', ?, ?)",
                    id,
                    district);
        }
        return id;
    }

    private List<String> names(String user) {
        return fixtures.ok(LIST, Map.of("name", marker), AgencyFixtures.token(user))
                .path("agencies")
                .findValuesAsString("name");
    }

    @Test
    void theCountySeesTheAgenciesOfItsDistrictAndTheCitySeesAll() {
        JsonNode viewer = fixtures.ok(
                        "{ viewer { tenant roles district districtName } }", Map.of(), token("fengze-admin"))
                .path("viewer");
        assertThat(viewer.path("tenant").asString()).isEqualTo("quanzhou");
        assertThat(viewer.path("roles").size()).isEqualTo(1);
        assertThat(viewer.path("roles").get(0).asString()).isEqualTo("county-admin");
        assertThat(viewer.path("district").asString()).isEqualTo(FENGZE);
        assertThat(viewer.path("districtName").asString()).isEqualTo("丰泽区");

        // 丰泽: its own agency and the one working in both districts; 惠安 likewise; the city all three
        assertThat(names("quanzhou-fengze-admin")).containsExactlyInAnyOrder("丰泽机构" + marker, "两区机构" + marker);
        assertThat(names("quanzhou-fengze-inspector")).containsExactlyInAnyOrder("丰泽机构" + marker, "两区机构" + marker);
        assertThat(names("quanzhou-huian-admin")).containsExactlyInAnyOrder("惠安机构" + marker, "两区机构" + marker);
        assertThat(names("quanzhou-admin"))
                .containsExactlyInAnyOrder("丰泽机构" + marker, "惠安机构" + marker, "两区机构" + marker);

        // another district's agency by id: like one that does not exist
        JsonNode error =
                fixtures.error("{ agency(id: " + huianAgency + ") { name } }", Map.of(), token("fengze-admin"));
        assertThat(classification(error)).isEqualTo("NOT_FOUND");
        assertThat(fixtures.ok("{ agency(id: " + fengzeAgency + ") { name } }", Map.of(), token("fengze-admin"))
                        .path("agency")
                        .path("name")
                        .asString())
                .isEqualTo("丰泽机构" + marker);

        // asking the list for another district is refused by name, in Chinese
        var refused = new GraphQlHttp(port)
                .post(
                        "{ agencies(first: 5, filter: {district: \"" + HUIAN + "\"}) { edges { node { name } } } }",
                        token("fengze-admin"))
                .body();
        assertThat(refused.toString()).contains("filter.district").contains("区县用户只能查看本辖区");
        assertThat(refused.toString()).doesNotContain("惠安机构" + marker);

        // the districts a county's forms offer: its own
        assertThat(fixtures.ok("{ districts { code } }", Map.of(), token("fengze-admin"))
                        .path("districts")
                        .findValuesAsString("code"))
                .containsExactly(FENGZE);
    }

    @Test
    void engagementsAreTheCountysOnlyWhenTheEnterpriseIsInItsDistrict() {
        insertEngagement(bothAgency, "丰泽企业" + marker, FENGZE);
        insertEngagement(bothAgency, "惠安企业" + marker, HUIAN);
        String query = "{ agency(id: " + bothAgency + ") { engagements { enterpriseName districtCode } } }";

        assertThat(fixtures.ok(query, Map.of(), token("fengze-admin"))
                        .path("agency")
                        .path("engagements")
                        .findValuesAsString("enterpriseName"))
                .containsExactly("丰泽企业" + marker);
        assertThat(fixtures.ok(query, Map.of(), token("huian-inspector"))
                        .path("agency")
                        .path("engagements")
                        .findValuesAsString("enterpriseName"))
                .containsExactly("惠安企业" + marker);
        assertThat(fixtures.ok(query, Map.of(), AgencyFixtures.token("quanzhou-admin"))
                        .path("agency")
                        .path("engagements")
                        .findValuesAsString("enterpriseName"))
                .containsExactlyInAnyOrder("丰泽企业" + marker, "惠安企业" + marker);

        long huianEngagement = jdbc.queryForObject(
                "SELECT id FROM engagement WHERE tenant_id = 'quanzhou' AND enterprise_name = ?",
                Long.class,
                "惠安企业" + marker);
        assertThat(classification(fixtures.error(
                        "{ engagement(id: " + huianEngagement + ") { id } }", Map.of(), token("fengze-admin"))))
                .isEqualTo("NOT_FOUND");

        // recording one with an enterprise in 惠安 as 丰泽: refused on the field, nothing written
        int before = fixtures.count(
                "SELECT COUNT(*) FROM engagement WHERE tenant_id = 'quanzhou' AND agency_id = ?", bothAgency);
        JsonNode outside = fixtures.ok(
                        RECORD_ENGAGEMENT, Map.of("input", engagement(bothAgency, HUIAN)), token("fengze-admin"))
                .path("recordEngagement");
        assertThat(outside.path("engagement").isNull()).isTrue();
        assertThat(outside.path("errors").get(0).path("field").asString()).isEqualTo("input.districtCode");
        assertThat(outside.path("errors").get(0).path("code").asString()).isEqualTo("OUTSIDE_DISTRICT");
        assertThat(outside.path("errors").get(0).path("message").asString()).contains("本辖区（350503）");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM engagement WHERE tenant_id = 'quanzhou' AND agency_id = ?", bothAgency))
                .isEqualTo(before);

        JsonNode inside = fixtures.ok(
                        RECORD_ENGAGEMENT, Map.of("input", engagement(bothAgency, FENGZE)), token("fengze-admin"))
                .path("recordEngagement");
        assertThat(inside.path("errors").size()).isZero();
        assertThat(inside.path("engagement").path("districtCode").asString()).isEqualTo(FENGZE);
        // an agency of 惠安 only: not even found for 丰泽
        assertThat(classification(fixtures.error(
                        RECORD_ENGAGEMENT, Map.of("input", engagement(huianAgency, FENGZE)), token("fengze-admin"))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aCountyRegistersAndChangesAgenciesOfItsDistrictOnlyAndBadInputWritesNothing() {
        String code = TestData.uniqueCreditCode();
        JsonNode outside = fixtures.ok(
                        REGISTER, Map.of("input", registration(code, List.of(HUIAN))), token("fengze-admin"))
                .path("registerAgency");
        assertThat(outside.path("agency").isNull()).isTrue();
        assertThat(outside.path("errors").findValuesAsString("field")).contains("input.districts");
        assertThat(outside.path("errors").findValuesAsString("message"))
                .anySatisfy(message -> assertThat(message).contains("服务区县须包含 350503"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM agency WHERE tenant_id = 'quanzhou' AND credit_code = ?", code))
                .isZero();

        JsonNode registered = fixtures.ok(
                        REGISTER, Map.of("input", registration(code, List.of(FENGZE))), token("fengze-admin"))
                .path("registerAgency");
        assertThat(registered.path("errors").size()).isZero();
        assertThat(registered.path("agency").path("districts").findValuesAsString("code"))
                .containsExactly(FENGZE);

        // changing 惠安's agency: refused on input.id, unchanged
        Map<String, Object> change = update(huianAgency, List.of(FENGZE, HUIAN));
        JsonNode other = fixtures.ok(UPDATE, Map.of("input", change), token("fengze-admin"))
                .path("updateAgency");
        assertThat(other.path("errors").get(0).path("field").asString()).isEqualTo("input.id");
        assertThat(other.path("errors").get(0).path("message").asString()).contains("区县用户只能修改在本辖区从业的机构");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM agency_district WHERE tenant_id = 'quanzhou' AND agency_id = ?",
                        huianAgency))
                .isEqualTo(1);

        // removing 惠安 from the agency of both districts: another district's entry, refused
        JsonNode removing = fixtures.ok(
                        UPDATE, Map.of("input", update(bothAgency, List.of(FENGZE))), token("fengze-admin"))
                .path("updateAgency");
        assertThat(removing.path("errors").get(0).path("field").asString()).isEqualTo("input.districts");
        assertThat(removing.path("errors").get(0).path("code").asString()).isEqualTo("OTHER_DISTRICT");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM agency_district WHERE tenant_id = 'quanzhou' AND agency_id = ?",
                        bothAgency))
                .isEqualTo(2);

        // the city removes it
        JsonNode city = fixtures.ok(
                        UPDATE,
                        Map.of("input", update(bothAgency, List.of(FENGZE))),
                        AgencyFixtures.token("quanzhou-admin"))
                .path("updateAgency");
        assertThat(city.path("errors").size()).isZero();
        assertThat(names("quanzhou-huian-admin")).containsExactly("惠安机构" + marker);
    }

    @Test
    void whatIsNotWrittenForADistrictRefusesTheCounty() {
        // deny by default: city-wide operations name no county role
        for (String document : List.of(
                "{ findings(first: 5) { edges { node { id } } } }",
                "{ ratingRuns(year: 2023) { id } }",
                "{ tenantUsers { username } }",
                "{ multiAffiliationProposals(year: 2023) { agencyId } }")) {
            var body =
                    new GraphQlHttp(port).post(document, token("fengze-admin")).body();
            assertThat(body.toString()).as(document).contains("FORBIDDEN");
        }
        // an inspector of a county does not register agencies (the city's inspectors do not either)
        var body = new GraphQlHttp(port)
                .post(
                        REGISTER,
                        Map.of("input", registration(TestData.uniqueCreditCode(), List.of(FENGZE))),
                        token("fengze-inspector"))
                .body();
        assertThat(body.toString()).contains("FORBIDDEN");
    }

    private static String token(String county) {
        return AgencyFixtures.token("quanzhou-" + county);
    }

    private void insertEngagement(long agency, String enterprise, String district) {
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, district_code, service_type, contract_date, created_by)"
                        + " VALUES ('quanzhou', ?, ?, ?, 'standardisation', '2022-03-01', 'test')",
                agency,
                enterprise,
                district);
    }

    private Map<String, Object> engagement(long agency, String district) {
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", agency);
        input.put("enterpriseName", "新企业" + marker);
        input.put("districtCode", district);
        input.put("serviceType", "standardisation");
        input.put("contractDate", "2022-04-01");
        return input;
    }

    private Map<String, Object> registration(String code, List<String> districts) {
        Map<String, Object> input = new HashMap<>();
        input.put("creditCode", code);
        input.put("name", "区县登记" + marker);
        input.put("category", "standardisation");
        input.put("districts", districts);
        return input;
    }

    private Map<String, Object> update(long agency, List<String> districts) {
        int version = jdbc.queryForObject("SELECT version FROM agency WHERE id = ?", Integer.class, agency);
        String name = jdbc.queryForObject("SELECT name FROM agency WHERE id = ?", String.class, agency);
        Map<String, Object> input = new HashMap<>();
        input.put("id", agency);
        input.put("version", version);
        input.put("name", name);
        input.put("category", "standardisation");
        input.put("districts", districts);
        return input;
    }
}
