package dev.saferank.platform.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 泉州's 自查自改 (泉应急〔2023〕64号 四(一)): "(一) 自查自改阶段(2023年6月15日—7月14日)。各……机构对照相关法规规章要求和
 * 专项整治重点内容，全面自查……列出问题清单，明确整改措施、时限和责任人，立查立改、边查边改，自查自改完成后要形成书面自查报告。"
 * The form is 附件4 (专业技术服务机构自查自改情况报告表, 7 questions). The scheme is re-dated to 2009 (a year
 * of this test only), the calendar's self-check phase to 2009-06-15 … 2009-07-14.
 */
@RealServersTest
class SelfCheckIT {

    static final int YEAR = 2009;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String STATUS =
            """
            query($year: Int!) { selfCheckStatus(year: $year) {
              checklistId start deadline deadlinePassed district agencies answered answeredLate notAnswered
              rows { agencyId agencyName state answeredOn problems overdueRectifications }
              overdueRectifications { findingId agencyId agencyName ruleCode source measure deadline responsible status daysOverdue } } }""";
    static final String RECORD =
            """
            mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {
              inspection { id } findings { id ruleCode } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    AgencyFixtures fixtures;
    String marker;
    long onTime;
    long late;
    long silent;
    long huian;

    @BeforeEach
    void setUp() {
        fixtures = new AgencyFixtures(jdbc, port);
        TestData data = new TestData(jdbc, schemes);
        data.activeSeedSchemeFor("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", YEAR);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', '350503', '丰泽区')");
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', '350521', '惠安县')");
        jdbc.update(
                "INSERT INTO campaign (tenant_id, year, self_check_start, self_check_end, updated_by)"
                        + " VALUES ('quanzhou', ?, '2009-06-15', '2009-07-14', 'test')"
                        + " ON DUPLICATE KEY UPDATE self_check_start = VALUES(self_check_start),"
                        + " self_check_end = VALUES(self_check_end)",
                YEAR);
        marker = AgencyFixtures.marker();
        onTime = agency(data, "按期自查" + marker, "350503");
        late = agency(data, "逾期自查" + marker, "350503");
        silent = agency(data, "未自查" + marker, "350503");
        huian = agency(data, "惠安自查" + marker, "350521");
        // answered on time: received 2009-07-01 10:00 in China (02:00 UTC), before the deadline 07-14
        jdbc.update(
                "INSERT INTO inspection (tenant_id, agency_id, year, checklist_id, inspected_on, source, recorded_by, recorded_at)"
                        + " VALUES ('quanzhou', ?, ?, 'self-inspection', '2009-07-01', 'selfInspection', 'test',"
                        + " '2009-07-01 02:00:00')",
                onTime,
                YEAR);
    }

    private long agency(TestData data, String name, String district) {
        long id = data.agency("quanzhou", name, "standardisation");
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('quanzhou', ?, ?)",
                id,
                district);
        return id;
    }

    @Test
    void theBureauSeesWhoAnsweredByTheDeadlineAndTheOverdueRectifications() {
        fixtures.linkAccount("quanzhou", "quanzhou-agency", late);
        String agencyUser = AgencyFixtures.token("quanzhou-agency");

        JsonNode form = fixtures.ok(
                        "query { selfCheckForm(year: 2009) { deadline checklist { id questions { number violation } } mine { state } } }",
                        Map.of(),
                        agencyUser)
                .path("selfCheckForm");
        assertThat(form.path("checklist").path("id").asString()).isEqualTo("self-inspection");
        // 附件4 has 7 questions, "是" being the problem in each
        assertThat(form.path("checklist").path("questions").size()).isEqualTo(7);
        assertThat(form.path("checklist").path("questions").findValuesAsString("violation"))
                .containsOnly("是");
        assertThat(form.path("deadline").asString()).isEqualTo("2009-07-14");
        // not answered and the deadline passed long ago
        assertThat(form.path("mine").path("state").asString()).isEqualTo("overdue");

        // the agency answers now (after 2009-07-14): question 2 (虚假或者漏项、缺项技术报告) "是", rectification due 2009-08-01
        JsonNode recorded = fixtures.ok(RECORD, Map.of("input", answers(late, "2")), agencyUser)
                .path("recordInspection");
        assertThat(recorded.path("errors").size()).isZero();
        assertThat(recorded.path("findings").findValuesAsString("ruleCode"))
                .containsExactly("checklist:self-inspection:2");

        JsonNode status = fixtures.ok(STATUS, Map.of("year", YEAR), AgencyFixtures.token("quanzhou-admin"))
                .path("selfCheckStatus");
        assertThat(status.path("checklistId").asString()).isEqualTo("self-inspection");
        assertThat(status.path("start").asString()).isEqualTo("2009-06-15");
        assertThat(status.path("deadline").asString()).isEqualTo("2009-07-14");
        assertThat(status.path("deadlinePassed").asBoolean()).isTrue();
        assertThat(status.path("district").isNull()).isTrue();
        Map<String, JsonNode> rows = rowsByName(status);
        assertThat(rows.get("按期自查" + marker).path("state").asString()).isEqualTo("answered");
        assertThat(rows.get("按期自查" + marker).path("answeredOn").asString()).isEqualTo("2009-07-01");
        assertThat(rows.get("逾期自查" + marker).path("state").asString()).isEqualTo("late");
        assertThat(rows.get("逾期自查" + marker).path("problems").asInt()).isEqualTo(1);
        assertThat(rows.get("逾期自查" + marker).path("overdueRectifications").asInt())
                .isEqualTo(1);
        assertThat(rows.get("未自查" + marker).path("state").asString()).isEqualTo("overdue");
        assertThat(rows.get("惠安自查" + marker).path("state").asString()).isEqualTo("overdue");
        // the counts add up over the whole city (other tests' agencies included)
        assertThat(status.path("answered").asInt()
                        + status.path("answeredLate").asInt()
                        + status.path("notAnswered").asInt())
                .isEqualTo(status.path("agencies").asInt());

        // the rectification due 2009-08-01, still open: overdue by (today − 2009-08-01) days
        JsonNode overdue = overdueOf(status, late);
        assertThat(overdue.path("ruleCode").asString()).isEqualTo("checklist:self-inspection:2");
        assertThat(overdue.path("source").asString()).isEqualTo("selfInspection");
        assertThat(overdue.path("deadline").asString()).isEqualTo("2009-08-01");
        assertThat(overdue.path("responsible").asString()).isEqualTo("张工");
        assertThat(overdue.path("status").asString()).isEqualTo("open");
        assertThat(overdue.path("daysOverdue").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2009, 8, 1), LocalDate.now(CHINA)));

        // the agency's own form now says late
        assertThat(fixtures.ok("query { selfCheckForm(year: 2009) { mine { state problems } } }", Map.of(), agencyUser)
                        .path("selfCheckForm")
                        .path("mine")
                        .path("state")
                        .asString())
                .isEqualTo("late");
    }

    @Test
    void aCountySeesTheAgenciesOfItsDistrictOnly() {
        JsonNode fengze = fixtures.ok(STATUS, Map.of("year", YEAR), AgencyFixtures.token("quanzhou-fengze-inspector"))
                .path("selfCheckStatus");
        assertThat(fengze.path("district").asString()).isEqualTo("350503");
        assertThat(rowsByName(fengze).keySet().stream().filter(name -> name.endsWith(marker)))
                .containsExactlyInAnyOrder("按期自查" + marker, "逾期自查" + marker, "未自查" + marker);
        JsonNode huianStatus = fixtures.ok(STATUS, Map.of("year", YEAR), AgencyFixtures.token("quanzhou-huian-admin"))
                .path("selfCheckStatus");
        assertThat(rowsByName(huianStatus).keySet().stream().filter(name -> name.endsWith(marker)))
                .containsExactly("惠安自查" + marker);

        // a county inspector recording a self-inspection of 惠安's agency: refused on the field, nothing written
        int before =
                fixtures.count("SELECT COUNT(*) FROM inspection WHERE tenant_id = 'quanzhou' AND agency_id = ?", huian);
        JsonNode refused = fixtures.ok(
                        RECORD,
                        Map.of("input", answers(huian, null)),
                        AgencyFixtures.token("quanzhou-fengze-inspector"))
                .path("recordInspection");
        assertThat(refused.path("inspection").isNull()).isTrue();
        assertThat(refused.path("errors").findValuesAsString("field")).contains("input.agencyId");
        assertThat(refused.path("errors").findValuesAsString("message")).contains("未找到机构 " + huian);
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM inspection WHERE tenant_id = 'quanzhou' AND agency_id = ?", huian))
                .isEqualTo(before);
    }

    @Test
    void anIncompleteReportIsRefusedByFieldAndWritesNothing() {
        fixtures.linkAccount("quanzhou", "quanzhou-agency", silent);
        Map<String, Object> input = answers(silent, "5");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) input.get("answers");
        list.get(4).put("rectification", Map.of("measure", "补做现场辅导", "responsible", "李工")); // no deadline
        list.get(6).put("answer", null); // question 7 unanswered
        JsonNode refused = fixtures.ok(RECORD, Map.of("input", input), AgencyFixtures.token("quanzhou-agency"))
                .path("recordInspection");
        assertThat(refused.path("errors").findValuesAsString("field"))
                .contains("input.answers[4].rectification.deadline", "input.answers[6].answer");
        assertThat(refused.path("errors").findValuesAsString("message")).contains("请填写整改期限", "第 7 题未作答");
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM inspection WHERE tenant_id = 'quanzhou' AND agency_id = ?", silent))
                .isZero();
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM finding WHERE tenant_id = 'quanzhou' AND agency_id = ?", silent))
                .isZero();
    }

    /** All seven questions answered "否" except {@code problem} ("是", with its rectification). */
    private Map<String, Object> answers(long agency, String problem) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 1; q <= 7; q++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("question", String.valueOf(q));
            boolean isProblem = String.valueOf(q).equals(problem);
            answer.put("answer", isProblem ? "是" : "否");
            if (isProblem) {
                answer.put("note", "两份报告缺少现场照片");
                answer.put(
                        "rectification",
                        Map.of("measure", "补充现场核查并重出报告", "deadline", "2009-08-01", "responsible", "张工"));
            }
            answers.add(answer);
        }
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", agency);
        input.put("year", YEAR);
        input.put("checklistId", "self-inspection");
        input.put("inspectedOn", "2009-07-20");
        input.put("source", "selfInspection");
        input.put("answers", answers);
        return input;
    }

    private static Map<String, JsonNode> rowsByName(JsonNode status) {
        Map<String, JsonNode> rows = new HashMap<>();
        StreamSupport.stream(status.path("rows").spliterator(), false)
                .forEach(row -> rows.put(row.path("agencyName").asString(), row));
        return rows;
    }

    private static JsonNode overdueOf(JsonNode status, long agency) {
        return StreamSupport.stream(status.path("overdueRectifications").spliterator(), false)
                .filter(row -> row.path("agencyId").asString().equals(String.valueOf(agency)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no overdue rectification of " + agency + ": " + status));
    }
}
