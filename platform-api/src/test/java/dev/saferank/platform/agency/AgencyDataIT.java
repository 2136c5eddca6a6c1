package dev.saferank.platform.agency;

import static dev.saferank.platform.agency.AgencyFixtures.classification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.RecordedFacts;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.scheme.AgencyField;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The agency data of a year as the engine reads it: derived from the registered agency, staff and
 * engagements, else entered by hand for a field the active scheme declares.
 */
@RealServersTest
class AgencyDataIT {

    static final String SET =
            """
            mutation($input: SetAgencyDataInput!) { setAgencyData(input: $input) {
              data { field value source } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    RecordedFacts agencyData;

    AgencyFixtures fixtures;
    TestData data;
    String admin;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        admin = AgencyFixtures.token("linyi-admin");
    }

    /**
     * Agency A (office 85.50 m²): S1 full-time with 注册安全工程师 and 安全评价师, also active in B;
     * S2 full-time 安全评价师 (its record in B withdrawn); S3 full-time 工程师职称; S4 part-time
     * 注册安全工程师, also in a 泉州 agency; S5 full-time 注册安全工程师, withdrawn; S6 full-time 注册消防工程师
     * valid until 2021-06-30. Engagements 2021-06-01, 2022-03-01, 2022-12-31, 2023-01-01 and a
     * withdrawn one of 2022-05-05.
     */
    @Test
    void derivesTheAgencyDataOfAYearFromRegisteredRecords() {
        String marker = AgencyFixtures.marker();
        long a = data.agency("linyi", "数据甲" + marker, "evaluation");
        long b = data.agency("linyi", "数据乙" + marker, "evaluation");
        long quanzhou = data.agency("quanzhou", "泉州同人" + marker, "evaluation");
        jdbc.update("UPDATE agency SET office_area = 85.50 WHERE id = ?", a);
        String s1 = AgencyFixtures.idNumber();
        String s2 = AgencyFixtures.idNumber();
        String s4 = AgencyFixtures.idNumber();
        addStaff(a, s1, true, cert("registeredSafetyEngineer", null), cert("safetyEvaluator", "2030-01-01"));
        addStaff(a, s2, true, cert("safetyEvaluator", null));
        addStaff(a, AgencyFixtures.idNumber(), true, cert("engineerTitle", null));
        addStaff(a, s4, false, cert("registeredSafetyEngineer", null));
        withdrawStaff(addStaff(a, AgencyFixtures.idNumber(), true, cert("registeredSafetyEngineer", null)));
        addStaff(a, AgencyFixtures.idNumber(), true, cert("registeredFireEngineer", "2021-06-30"));
        addStaff(b, s1, true);
        withdrawStaff(addStaff(b, s2, true));
        addStaffAs(AgencyFixtures.token("quanzhou-admin"), quanzhou, s4, true);
        String district = fixtures.district("linyi");
        for (String date : List.of("2021-06-01", "2022-03-01", "2022-12-31", "2023-01-01")) {
            recordEngagement(a, district, date);
        }
        withdrawEngagement(recordEngagement(a, district, "2022-05-05"));
        JsonNode entered = set(a, 2022, "otherIntermediateTitles", "2", AgencyFixtures.token("linyi-inspector"));
        Scheme everyField = withEveryField(SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml"));

        assertThat(entered.path("errors").size()).as("%s", entered).isZero();
        assertThat(entered.path("data").path("source").asString()).isEqualTo("entered");
        assertThat(plain(agencyData.forYear("linyi", a, 2022, everyField)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "officeArea", "85.5",
                        "fullTimeStaff", "4",
                        "registeredEngineers", "2",
                        "qualifiedStaff", "3",
                        "multiEmployedStaff", "1",
                        "businessVolume", "2",
                        "hadBusiness", "1",
                        "businessInTwoYears", "1",
                        "otherIntermediateTitles", "2"));
        assertThat(plain(agencyData.forYear("linyi", a, 2024, everyField)))
                .containsAllEntriesOf(Map.of("businessVolume", "0", "hadBusiness", "0", "businessInTwoYears", "1"))
                .doesNotContainKey("otherIntermediateTitles");
        assertThat(plain(agencyData.forYear("linyi", a, 2025, everyField))).containsEntry("businessInTwoYears", "0");
        assertThat(agencyData.forYear("quanzhou", a, 2022, everyField))
                .as("another tenant")
                .isEmpty();

        Map<Long, Map<String, BigDecimal>> batch =
                agencyData.forAgencies("linyi", List.of(a, b, quanzhou), 2022, everyField);
        assertThat(plain(batch.get(a))).isEqualTo(plain(agencyData.forYear("linyi", a, 2022, everyField)));
        assertThat(plain(batch.get(b)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "fullTimeStaff", "1",
                        "registeredEngineers", "0",
                        "qualifiedStaff", "0",
                        "multiEmployedStaff", "1",
                        "businessVolume", "0",
                        "hadBusiness", "0",
                        "businessInTwoYears", "0"));
        assertThat(batch).as("another tenant's agency has no facts").doesNotContainKey(quanzhou);

        JsonNode listed = fixtures.ok(
                        "{ agency(id: " + a + ") { data(year: 2022) { field value source } } }", Map.of(), admin)
                .path("agency")
                .path("data");
        assertThat(listed.findValuesAsString("field"))
                .containsExactly(
                        "officeArea",
                        "fullTimeStaff",
                        "registeredEngineers",
                        "otherIntermediateTitles",
                        "technicalStaff");
        assertThat(listed.findValues("value").stream()
                        .map(v -> v.isNull() ? "null" : v.decimalValue().toPlainString()))
                .containsExactly("85.5", "4", "2", "2", "null");
        assertThat(listed.findValues("source").stream().map(v -> v.isNull() ? "null" : v.asString()))
                .containsExactly("registered", "registered", "registered", "entered", "null");
    }

    @Test
    void refusesDataTheActiveSchemeDoesNotAllowAndWritesNothing() {
        long agency = data.agency("linyi", "数据校验" + AgencyFixtures.marker(), "evaluation");

        assertThat(code(set(agency, 2022, "registeredEngineers", "3", admin))).isEqualTo("DERIVED_FIELD");
        assertThat(code(set(agency, 2022, "noSuchField", "3", admin))).isEqualTo("UNKNOWN_FIELD");
        assertThat(code(set(agency, 2022, "otherIntermediateTitles", "1.5", admin)))
                .isEqualTo("NOT_INTEGER");
        assertThat(code(set(agency, 2022, "otherIntermediateTitles", "-1", admin)))
                .isEqualTo("OUT_OF_RANGE");
        assertThat(code(set(agency, 2022, "technicalStaff", "10001", admin))).isEqualTo("OUT_OF_RANGE");
        assertThat(code(set(agency, 2031, "otherIntermediateTitles", "1", admin)))
                .isEqualTo("NO_ACTIVE_SCHEME");
        assertThat(fixtures.count("SELECT COUNT(*) FROM agency_data WHERE agency_id = ?", agency))
                .isZero();
    }

    @Test
    void onlyTheBureauOfTheAgencyMayEnterItsData() {
        long agency = data.agency("linyi", "数据权限" + AgencyFixtures.marker(), "evaluation");
        fixtures.linkAccount("linyi", "linyi-agency", agency);

        JsonNode foreign =
                fixtures.error(SET, input(agency, 2022, "technicalStaff", "5"), AgencyFixtures.token("quanzhou-admin"));
        JsonNode own =
                fixtures.error(SET, input(agency, 2022, "technicalStaff", "5"), AgencyFixtures.token("linyi-agency"));

        assertThat(classification(foreign)).isEqualTo("NOT_FOUND");
        assertThat(classification(own)).isEqualTo("FORBIDDEN");
        assertThat(fixtures.count("SELECT COUNT(*) FROM agency_data WHERE agency_id = ?", agency))
                .isZero();
    }

    private JsonNode set(long agency, int year, String field, String value, String token) {
        return fixtures.ok(SET, input(agency, year, field, value), token).path("setAgencyData");
    }

    private static Map<String, Object> input(long agency, int year, String field, String value) {
        return Map.of("input", Map.of("agencyId", agency, "year", year, "field", field, "value", value));
    }

    private static String code(JsonNode payload) {
        assertThat(payload.path("data").isNull()).as("%s", payload).isTrue();
        return payload.path("errors").get(0).path("code").asString();
    }

    private long addStaff(long agency, String idNumber, boolean fullTime, Map<?, ?>... certificates) {
        return addStaffAs(admin, agency, idNumber, fullTime, certificates);
    }

    private long addStaffAs(String token, long agency, String idNumber, boolean fullTime, Map<?, ?>... certificates) {
        JsonNode payload = fixtures.ok(
                        "mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { id } errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "agencyId", agency,
                                        "name", "人员",
                                        "idNumber", idNumber,
                                        "fullTime", fullTime,
                                        "certificates", List.of(certificates))),
                        token)
                .path("addStaff");
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
        return payload.path("staff").path("id").asLong();
    }

    private void withdrawStaff(long id) {
        fixtures.ok("mutation { withdrawStaff(input: {id: " + id + "}) { errors { code } } }", Map.of(), admin);
    }

    private long recordEngagement(long agency, String district, String date) {
        JsonNode payload = fixtures.ok(
                        "mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) {"
                                + " engagement { id } errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "agencyId", agency,
                                        "enterpriseName", "某企业",
                                        "districtCode", district,
                                        "serviceType", "evaluation",
                                        "contractDate", date)),
                        admin)
                .path("recordEngagement");
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
        return payload.path("engagement").path("id").asLong();
    }

    private void withdrawEngagement(long id) {
        fixtures.ok("mutation { withdrawEngagement(input: {id: " + id + "}) { errors { code } } }", Map.of(), admin);
    }

    private static Map<String, Object> cert(String type, String validUntil) {
        Map<String, Object> certificate =
                new HashMap<>(Map.of("type", type, "number", type + "-" + AgencyFixtures.marker()));
        if (validUntil != null) {
            certificate.put("validUntil", validUntil);
        }
        return certificate;
    }

    private static Map<String, String> plain(Map<String, BigDecimal> values) {
        Map<String, String> plain = new TreeMap<>();
        values.forEach((field, value) -> plain.put(field, value.toPlainString()));
        return plain;
    }

    /** The linyi scheme declaring every field the platform derives, plus two entered ones. */
    private static Scheme withEveryField(Scheme s) {
        Map<String, AgencyField> fields = new LinkedHashMap<>();
        for (String name : List.of(
                "officeArea",
                "fullTimeStaff",
                "registeredEngineers",
                "qualifiedStaff",
                "multiEmployedStaff",
                "businessVolume",
                "hadBusiness",
                "businessInTwoYears",
                "otherIntermediateTitles",
                "technicalStaff")) {
            fields.put(name, new AgencyField(name, BigDecimal.ZERO, new BigDecimal("1000000"), false));
        }
        return new Scheme(
                s.tenant(),
                s.year(),
                s.version(),
                s.title(),
                s.source(),
                s.total(),
                s.rounding(),
                s.totalFloor(),
                s.notes(),
                fields,
                s.measurements(),
                s.sections(),
                s.bonus(),
                s.penalties(),
                s.vetoes(),
                s.exclusions(),
                s.bands(),
                s.grouping(),
                s.checklists());
    }
}
