package dev.saferank.platform.agency;

import static dev.saferank.platform.agency.AgencyFixtures.classification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A bureau admin registers and changes agencies; bad input is refused with nothing written. */
@RealServersTest
class AgencyRegistrationIT {

    static final String REGISTER =
            """
            mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) {
              agency { id creditCode name category categoryLabel officeArea version districts { code name } }
              errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AgencyFixtures fixtures;
    String admin;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        new TestData(jdbc, null).tenant("quanzhou");
        new TestData(jdbc, null).tenant("linyi");
        admin = AgencyFixtures.token("quanzhou-admin");
    }

    @Test
    void registersAnAgencyWithItsDistrictsAndHistory() {
        String district = fixtures.district("quanzhou");
        String code = TestData.uniqueCreditCode();
        Map<String, Object> input = input(code, "泉州安评" + AgencyFixtures.marker(), district);
        input.put("officeArea", "120.50");

        JsonNode agency = register(input, admin).path("agency");

        assertThat(agency.path("creditCode").asString()).isEqualTo(code);
        assertThat(agency.path("category").asString()).isEqualTo("evaluation");
        assertThat(agency.path("categoryLabel").asString()).isEqualTo("安全评价");
        assertThat(agency.path("officeArea").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(agency.path("version").asInt()).isZero();
        assertThat(agency.path("districts").findValuesAsString("code")).containsExactly(district);
        assertThat(agency.path("districts").findValuesAsString("name")).containsExactly("测试区" + district);
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM change_history WHERE tenant_id = 'quanzhou' AND entity_type = 'agency'"
                                + " AND entity_id = ? AND action = 'registered' AND actor = 'quanzhou-admin'",
                        agency.path("id").asString()))
                .isEqualTo(1);
    }

    @Test
    void refusesEveryBadRegistrationAndWritesNothing() {
        String district = fixtures.district("quanzhou");
        String taken = TestData.uniqueCreditCode();
        assertThat(register(input(taken, "已登记" + AgencyFixtures.marker(), district), admin)
                        .path("errors")
                        .size())
                .isZero();
        String valid = TestData.uniqueCreditCode();
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';

        assertRefused(input("91350100ABC", "格式错误", district), "input.creditCode", "INVALID_CREDIT_CODE");
        assertRefused(input("91350100ioz000001X", "非法字符", district), "input.creditCode", "INVALID_CREDIT_CODE");
        assertRefused(
                input(valid.substring(0, 17) + wrongCheck, "校验位错误", district),
                "input.creditCode",
                "INVALID_CREDIT_CODE");
        assertRefused(input(taken, "重复代码", district), "input.creditCode", "DUPLICATE_CREDIT_CODE");
        assertRefused(
                input(TestData.uniqueCreditCode(), "未知区县", "NO-SUCH-DISTRICT"),
                "input.districts[0]",
                "UNKNOWN_DISTRICT");
        Map<String, Object> negative = input(TestData.uniqueCreditCode(), "负面积", district);
        negative.put("officeArea", "-0.01");
        assertRefused(negative, "input.officeArea", "NEGATIVE");
        assertRefused(input(TestData.uniqueCreditCode(), "名".repeat(201), district), "input.name", "TOO_LONG");
        Map<String, Object> category = input(TestData.uniqueCreditCode(), "类别错误", district);
        category.put("category", "mining");
        assertRefused(category, "input.category", "INVALID_CATEGORY");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM agency WHERE tenant_id = 'quanzhou' AND credit_code = ?", taken))
                .isEqualTo(1);
    }

    @Test
    void aRepeatedRegistrationWithItsKeyReturnsTheFirstAgency() {
        String code = TestData.uniqueCreditCode();
        Map<String, Object> input = input(code, "重复提交" + AgencyFixtures.marker(), fixtures.district("quanzhou"));
        input.put("idempotencyKey", "reg-" + AgencyFixtures.marker());

        JsonNode first = register(input, admin);
        JsonNode second = register(input, admin);

        assertThat(second.path("errors").size()).as("%s", second).isZero();
        assertThat(second.path("agency").path("id").asString())
                .isEqualTo(first.path("agency").path("id").asString());
        assertThat(fixtures.count("SELECT COUNT(*) FROM agency WHERE tenant_id = 'quanzhou' AND credit_code = ?", code))
                .isEqualTo(1);
    }

    @Test
    void theSameCreditCodeMayBeRegisteredInAnotherCity() {
        String code = TestData.uniqueCreditCode();
        JsonNode inQuanzhou = register(input(code, "两地机构", fixtures.district("quanzhou")), admin);
        JsonNode inLinyi =
                register(input(code, "两地机构", fixtures.district("linyi")), AgencyFixtures.token("linyi-admin"));

        assertThat(inQuanzhou.path("errors").size()).isZero();
        assertThat(inLinyi.path("errors").size()).as("%s", inLinyi).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM agency WHERE credit_code = ?", code))
                .isEqualTo(2);
    }

    @Test
    void aDistrictOfAnotherCityIsUnknown() {
        String linyiDistrict = fixtures.district("linyi");

        assertRefused(
                input(TestData.uniqueCreditCode(), "他市区县", linyiDistrict), "input.districts[0]", "UNKNOWN_DISTRICT");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        String first = fixtures.district("quanzhou");
        String second = fixtures.district("quanzhou");
        JsonNode agency = register(input(TestData.uniqueCreditCode(), "改名前", first), admin)
                .path("agency");
        String update =
                """
                mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) {
                  agency { name version category officeArea districts { code } } errors { field code } } }""";
        Map<String, Object> change = new HashMap<>(Map.of(
                "id", agency.path("id").asString(),
                "version", 0,
                "name", "改名后",
                "category", "training",
                "officeArea", "88.25",
                "districts", List.of(second),
                "reason", "机构更名"));

        JsonNode updated = fixtures.ok(update, Map.of("input", change), admin).path("updateAgency");
        JsonNode stale = fixtures.ok(update, Map.of("input", change), admin).path("updateAgency");
        JsonNode history = fixtures.ok(
                        "{ agency(id: " + agency.path("id").asString() + ") { history { action actor reason } } }",
                        Map.of(),
                        AgencyFixtures.token("quanzhou-inspector"))
                .path("agency")
                .path("history");

        assertThat(updated.path("errors").size()).isZero();
        assertThat(updated.path("agency").path("version").asInt()).isEqualTo(1);
        assertThat(updated.path("agency").path("name").asString()).isEqualTo("改名后");
        assertThat(updated.path("agency").path("districts").findValuesAsString("code"))
                .containsExactly(second);
        assertThat(stale.path("agency").isNull()).isTrue();
        assertThat(stale.path("errors").get(0).path("code").asString()).isEqualTo("STALE_VERSION");
        assertThat(history.findValuesAsString("action")).containsExactly("registered", "updated");
        assertThat(history.get(1).path("reason").asString()).isEqualTo("机构更名");
        assertThat(history.get(1).path("actor").asString()).isEqualTo("quanzhou-admin");
    }

    @Test
    void deactivatesAndReactivatesWithTheReasonInItsHistory() {
        JsonNode agency = register(
                        input(
                                TestData.uniqueCreditCode(),
                                "注销测试" + AgencyFixtures.marker(),
                                fixtures.district("quanzhou")),
                        admin)
                .path("agency");
        String id = agency.path("id").asString();
        String deactivate =
                """
                mutation($input: ChangeAgencyStatusInput!) { deactivateAgency(input: $input) {
                  agency { status } errors { field code message } } }""";
        String reactivate = deactivate.replace("deactivateAgency", "reactivateAgency");

        JsonNode noReason = fixtures.ok(deactivate, Map.of("input", Map.of("id", id, "reason", " ")), admin)
                .path("deactivateAgency");
        JsonNode done = fixtures.ok(deactivate, Map.of("input", Map.of("id", id, "reason", "机构已迁出本市")), admin)
                .path("deactivateAgency");
        JsonNode twice = fixtures.ok(deactivate, Map.of("input", Map.of("id", id, "reason", "再次注销")), admin)
                .path("deactivateAgency");
        JsonNode back = fixtures.ok(reactivate, Map.of("input", Map.of("id", id, "reason", "重新入驻")), admin)
                .path("reactivateAgency");
        JsonNode otherCity = fixtures.error(
                deactivate, Map.of("input", Map.of("id", id, "reason", "越权")), AgencyFixtures.token("linyi-admin"));
        JsonNode inspector = fixtures.error(
                deactivate,
                Map.of("input", Map.of("id", id, "reason", "越权")),
                AgencyFixtures.token("quanzhou-inspector"));
        JsonNode history = fixtures.ok(
                        "{ agency(id: " + id + ") { status history { action reason } } }", Map.of(), admin)
                .path("agency");

        assertThat(noReason.path("errors").findValuesAsString("field")).containsExactly("input.reason");
        assertThat(noReason.path("errors").get(0).path("message").asString()).isEqualTo("请填写原因");
        assertThat(done.path("agency").path("status").asString()).isEqualTo("withdrawn");
        assertThat(twice.path("errors").get(0).path("message").asString()).isEqualTo("该机构已注销");
        assertThat(back.path("agency").path("status").asString()).isEqualTo("active");
        assertThat(classification(otherCity)).isEqualTo("NOT_FOUND");
        assertThat(classification(inspector)).isEqualTo("FORBIDDEN");
        assertThat(history.path("history").findValuesAsString("action"))
                .containsExactly("registered", "deactivated", "reactivated");
        assertThat(history.path("history").get(1).path("reason").asString()).isEqualTo("机构已迁出本市");
    }

    @Test
    void inspectorsAndAgencyUsersMayNotRegister() {
        for (String user : List.of("quanzhou-inspector", "quanzhou-agency")) {
            JsonNode error = fixtures.error(
                    REGISTER,
                    Map.of("input", input(TestData.uniqueCreditCode(), "越权", fixtures.district("quanzhou"))),
                    AgencyFixtures.token(user));
            assertThat(classification(error)).as(user).isEqualTo("FORBIDDEN");
        }
    }

    private void assertRefused(Map<String, Object> input, String field, String code) {
        JsonNode payload = register(input, admin);
        assertThat(payload.path("agency").isNull()).as("%s", payload).isTrue();
        assertThat(payload.path("errors").get(0).path("field").asString())
                .as("%s", payload)
                .isEqualTo(field);
        assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo(code);
        assertThat(payload.path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM agency WHERE tenant_id = 'quanzhou' AND name = ?", input.get("name")))
                .isZero();
    }

    private JsonNode register(Map<String, Object> input, String token) {
        return fixtures.ok(REGISTER, Map.of("input", input), token).path("registerAgency");
    }

    static Map<String, Object> input(String creditCode, String name, String district) {
        return new HashMap<>(Map.of(
                "creditCode",
                creditCode,
                "name",
                name,
                "category",
                "evaluation",
                "qualifications",
                "安全评价甲级",
                "districts",
                List.of(district)));
    }
}
