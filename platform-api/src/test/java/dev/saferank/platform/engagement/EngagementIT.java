package dev.saferank.platform.engagement;

import static dev.saferank.platform.agency.AgencyFixtures.classification;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Engagements give an agency's business volume; bad or repeated submissions write nothing. */
@RealServersTest
class EngagementIT {

    static final String RECORD =
            """
            mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) {
              engagement { id agencyId enterpriseName contractDate amount status } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AgencyFixtures fixtures;
    TestData data;
    String admin;
    String district;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        data = new TestData(jdbc, null);
        data.tenant("quanzhou");
        data.tenant("linyi");
        admin = AgencyFixtures.token("quanzhou-admin");
        district = fixtures.district("quanzhou");
    }

    @Test
    void recordsEngagementsAndListsThemByYear() {
        long agency = data.agency("quanzhou", "业务机构" + AgencyFixtures.marker(), "evaluation");
        JsonNode first = record(engagement(agency, "2023-03-01"), admin).path("engagement");
        record(engagement(agency, "2023-12-31"), admin);
        record(engagement(agency, "2024-01-01"), admin);

        JsonNode lists = fixtures.ok(
                        "{ agency(id: " + agency + ") { y2023: engagements(year: 2023) { contractDate }"
                                + " y2024: engagements(year: 2024) { contractDate } all: engagements { id } } }",
                        Map.of(),
                        admin)
                .path("agency");

        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("12000.50");
        assertThat(first.path("status").asString()).isEqualTo("active");
        assertThat(lists.path("y2023").findValuesAsString("contractDate")).containsExactly("2023-03-01", "2023-12-31");
        assertThat(lists.path("y2024").findValuesAsString("contractDate")).containsExactly("2024-01-01");
        assertThat(lists.path("all").size()).isEqualTo(3);
    }

    @Test
    void aRepeatedSubmissionReturnsTheFirstAndWritesOnce() {
        long agency = data.agency("quanzhou", "幂等机构" + AgencyFixtures.marker(), "evaluation");
        Map<String, Object> input = engagement(agency, "2024-05-06");
        input.put("idempotencyKey", "eng-" + AgencyFixtures.marker());

        JsonNode first = record(input, admin).path("engagement");
        JsonNode second = record(input, admin).path("engagement");

        assertThat(second.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM engagement WHERE tenant_id = 'quanzhou' AND agency_id = ?", agency))
                .isEqualTo(1);
    }

    @Test
    void refusesBadEngagementsAndWritesNothing() {
        long agency = data.agency("quanzhou", "坏业务机构" + AgencyFixtures.marker(), "evaluation");
        String code = TestData.uniqueCreditCode();

        assertRefused(
                with(agency, "enterpriseCreditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0')),
                "input.enterpriseCreditCode",
                "INVALID_CREDIT_CODE");
        assertRefused(
                with(agency, "districtCode", fixtures.district("linyi")), "input.districtCode", "UNKNOWN_DISTRICT");
        assertRefused(with(agency, "amount", "-1"), "input.amount", "NEGATIVE");
        assertRefused(with(agency, "contractDate", "2099-01-01"), "input.contractDate", "IN_FUTURE");
        assertRefused(with(agency, "serviceType", "mining"), "input.serviceType", "INVALID_SERVICE_TYPE");
        assertRefused(with(agency, "enterpriseName", "企".repeat(201)), "input.enterpriseName", "TOO_LONG");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM engagement WHERE tenant_id = 'quanzhou' AND agency_id = ?", agency))
                .isZero();
    }

    @Test
    void anotherCityCannotSeeRecordOrWithdrawEngagements() {
        long agency = data.agency("quanzhou", "隔离业务机构" + AgencyFixtures.marker(), "evaluation");
        long id = record(engagement(agency, "2024-02-02"), admin)
                .path("engagement")
                .path("id")
                .asLong();
        String linyi = AgencyFixtures.token("linyi-admin");
        String withdraw =
                "mutation { withdrawEngagement(input: {id: %d, reason: \"录入错误\"}) { engagement { status } errors { code } } }";

        List<JsonNode> errors = List.of(
                fixtures.error("{ engagement(id: " + id + ") { id } }", Map.of(), linyi),
                fixtures.error("{ engagement(id: " + (id + 1_000_000_000L) + ") { id } }", Map.of(), linyi),
                fixtures.error(withdraw.formatted(id), Map.of(), linyi),
                fixtures.error(RECORD, Map.of("input", engagement(agency, "2024-02-03")), linyi));

        assertThat(errors).allSatisfy(e -> assertThat(classification(e)).isEqualTo("NOT_FOUND"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM engagement WHERE agency_id = ? AND status = 'active'", agency))
                .isEqualTo(1);

        JsonNode withdrawn =
                fixtures.ok(withdraw.formatted(id), Map.of(), admin).path("withdrawEngagement");
        assertThat(withdrawn.path("engagement").path("status").asString()).isEqualTo("withdrawn");
        assertThat(fixtures.ok("{ agency(id: " + agency + ") { engagements { id } } }", Map.of(), admin)
                        .path("agency")
                        .path("engagements")
                        .size())
                .isZero();
    }

    @Test
    void anAgencyUserRecordsItsOwnEngagementsAndInspectorsDoNot() {
        long own = data.agency("quanzhou", "自报业务机构" + AgencyFixtures.marker(), "evaluation");
        long other = data.agency("quanzhou", "他家业务机构" + AgencyFixtures.marker(), "evaluation");
        fixtures.linkAccount("quanzhou", "quanzhou-agency", own);
        String agencyUser = AgencyFixtures.token("quanzhou-agency");

        JsonNode ownRecord = record(engagement(own, "2024-03-03"), agencyUser);
        JsonNode otherRecord = fixtures.error(RECORD, Map.of("input", engagement(other, "2024-03-03")), agencyUser);
        JsonNode inspector = fixtures.error(
                RECORD, Map.of("input", engagement(own, "2024-03-03")), AgencyFixtures.token("quanzhou-inspector"));

        assertThat(ownRecord.path("errors").size()).isZero();
        assertThat(classification(otherRecord)).isEqualTo("NOT_FOUND");
        assertThat(classification(inspector)).isEqualTo("FORBIDDEN");
    }

    private void assertRefused(Map<String, Object> input, String field, String code) {
        JsonNode payload = record(input, admin);
        assertThat(payload.path("engagement").isNull()).as("%s", payload).isTrue();
        assertThat(payload.path("errors").get(0).path("field").asString())
                .as("%s", payload)
                .isEqualTo(field);
        assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo(code);
    }

    private JsonNode record(Map<String, Object> input, String token) {
        return fixtures.ok(RECORD, Map.of("input", input), token).path("recordEngagement");
    }

    private Map<String, Object> with(long agency, String field, Object value) {
        Map<String, Object> input = engagement(agency, "2024-04-04");
        input.put(field, value);
        return input;
    }

    private Map<String, Object> engagement(long agencyId, String date) {
        return new HashMap<>(Map.of(
                "agencyId",
                agencyId,
                "enterpriseName",
                "某化工有限公司",
                "districtCode",
                district,
                "serviceType",
                "evaluation",
                "contractDate",
                date,
                "amount",
                "12000.50"));
    }
}
