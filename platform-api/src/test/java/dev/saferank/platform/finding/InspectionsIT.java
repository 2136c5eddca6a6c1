package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.RecordedFacts;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Checklist inspections: violation answers become checklist findings with their rectification. */
@RealServersTest
class InspectionsIT {

    private static final String RECORD = "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {"
            + " inspection { id checklistId answers { question answer note findingId } }"
            + " findings { " + FindingApi.FINDING_FIELDS + " } errors { field code message } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    RecordedFacts facts;

    FindingApi api;
    FindingRows rows;
    TestData data;

    @BeforeEach
    void api() {
        data = new TestData(jdbc, schemes);
        api = new FindingApi(port);
        rows = new FindingRows(jdbc);
    }

    @Test
    void putianInspectionWithTwoViolationsMakesTwoFindings() {
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        long agency = data.agency("putian", "莆田检查表测试单位", "training");
        var input = inspection(
                agency,
                2021,
                "training-institution",
                "routineInspection",
                List.of(
                        answer("1", "是", "2021年未制定培训计划", rectification("制定并落实年度培训计划", "2022-01-31")),
                        answer("2", "是", null, null),
                        answer("3", "否", null, null)));

        JsonNode payload = api.data(RECORD, Map.of("input", input), FindingApi.token("putian-inspector"))
                .path("recordInspection");

        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
        JsonNode findings = payload.path("findings");
        assertThat(findings.findValuesAsString("ruleCode"))
                .containsExactly("checklist:training-institution:1", "checklist:training-institution:2");
        assertThat(findings.findValuesAsString("kind")).containsExactly("checklist", "checklist");
        assertThat(List.of(
                        findings.get(0).path("status").asString(),
                        findings.get(1).path("status").asString()))
                .containsExactly("draft", "draft");
        assertThat(findings.get(0).path("evidence").asString())
                .isEqualTo("是否存在安全生产培训管理制度不健全、专（兼）职师资力量不足、固定培训场地及教学设施不满足要求等不具备安全生产培训工作基本条件的情况。" + "\n备注：2021年未制定培训计划");
        assertThat(findings.get(0).path("rectification").path("measure").asString())
                .isEqualTo("制定并落实年度培训计划");
        assertThat(findings.get(0).path("rectification").path("status").asString())
                .isEqualTo("open");
        assertThat(findings.get(1).path("rectification").isNull()).isTrue();
        assertThat(findings.get(0).path("observedOn").asString()).isEqualTo("2021-12-15");
        JsonNode answers = payload.path("inspection").path("answers");
        assertThat(answers.findValuesAsString("answer")).containsExactly("是", "是", "否");
        assertThat(answers.get(2).path("findingId").isNull()).isTrue();
        assertThat(rows.findings(agency)).isEqualTo(2);
    }

    @Test
    void aProductionUnitChecklistIsRefusedForAnAgency() {
        // 莆应急〔2021〕118号 二: "围绕安全培训机构、生产经营单位等2类主体开展专项整治"; 附件2 "检查类别：生产经营单位"
        // is answered for a registered production unit (recordSubjectInspection), never for an agency
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        long agency = data.agency("putian", "莆田检查表对象测试机构", "training");
        var input =
                inspection(agency, 2021, "production-unit", "routineInspection", List.of(answer("1", "是", null, null)));

        JsonNode payload = api.data(RECORD, Map.of("input", input), FindingApi.token("putian-inspector"))
                .path("recordInspection");

        assertThat(payload.path("inspection").isNull()).isTrue();
        assertThat(payload.path("errors").findValuesAsString("field")).containsExactly("input.checklistId");
        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("WRONG_SUBJECT_KIND");
        assertThat(payload.path("errors").get(0).path("message").asString())
                .isEqualTo("检查表“production-unit”的检查对象是生产经营单位，不能用于技术服务机构；请在“检查对象”中登记生产经营单位后检查");
        assertThat(rows.inspections(agency)).isZero();
        assertThat(rows.findings(agency)).isZero();
    }

    @Test
    void checklistFindingsNeverCountTowardTheScore() {
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long agency = data.agency("quanzhou", "泉州检查表测试机构", "training");
        var input = inspection(
                agency, 2023, "training-institution", "specialCampaign", List.of(answer("6", "否", "未公布查询网址", null)));
        JsonNode payload = api.data(RECORD, Map.of("input", input), FindingApi.token("quanzhou-inspector"))
                .path("recordInspection");
        long finding = payload.path("findings").get(0).path("id").asLong();

        JsonNode confirmed = api.change("confirmFinding", finding, null, FindingApi.token("quanzhou-admin"));

        assertThat(confirmed.path("finding").path("status").asString()).isEqualTo("confirmed");
        assertThat(facts.confirmedRuleFindings("quanzhou", agency, 2023)).isEmpty();
    }

    @Test
    void unknownAndUnansweredQuestionsWriteNothing() {
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        long agency = data.agency("putian", "莆田检查表错误测试单位", "training");
        var input = inspection(
                agency,
                2021,
                "training-institution",
                "routineInspection",
                List.of(answer("1", "是", null, null), answer("9", "是", null, null), answer("2", " ", null, null)));

        JsonNode payload = api.data(RECORD, Map.of("input", input), FindingApi.token("putian-inspector"))
                .path("recordInspection");

        assertThat(payload.path("inspection").isNull()).isTrue();
        assertThat(payload.path("errors").findValuesAsString("field"))
                .containsExactly("input.answers[1].question", "input.answers[2].answer");
        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("UNKNOWN_QUESTION", "UNANSWERED");
        assertThat(rows.inspections(agency)).isZero();
        assertThat(rows.findings(agency)).isZero();
    }

    @Test
    void anAgencyRecordsTheSelfInspectionOfItsOwnAgencyOnly() {
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long own = data.agency("quanzhou", "泉州自查测试机构", "consulting");
        rows.ownedBy(own, "quanzhou-agency");
        long other = data.agency("quanzhou", "泉州自查他机构", "consulting");
        String agencyUser = FindingApi.token("quanzhou-agency");
        List<Map<String, Object>> answers =
                List.of(answer("2", "是", "两份报告漏项", rectification("补正报告", "2024-01-31")), answer("4", "否", null, null));

        JsonNode selfInspection = api.data(
                        RECORD,
                        Map.of("input", inspection(own, 2023, "self-inspection", "selfInspection", answers)),
                        agencyUser)
                .path("recordInspection");
        JsonNode routine = api.data(
                        RECORD,
                        Map.of("input", inspection(own, 2023, "self-inspection", "routineInspection", answers)),
                        agencyUser)
                .path("recordInspection");
        JsonNode foreign = api.data(
                        RECORD,
                        Map.of("input", inspection(other, 2023, "self-inspection", "selfInspection", answers)),
                        agencyUser)
                .path("recordInspection");

        assertThat(selfInspection.path("errors").size())
                .as("errors: %s", selfInspection.path("errors"))
                .isZero();
        assertThat(selfInspection.path("findings").findValuesAsString("recordedBy"))
                .containsExactly("quanzhou-agency");
        assertThat(selfInspection.path("findings").findValuesAsString("source")).containsExactly("selfInspection");
        assertThat(routine.path("errors").findValuesAsString("code")).containsExactly("SELF_INSPECTION_ONLY");
        assertThat(foreign.path("errors").findValuesAsString("field")).containsExactly("input.agencyId");
        assertThat(rows.inspections(own)).isEqualTo(1);
        assertThat(rows.inspections(other)).isZero();
    }

    @Test
    void aRectificationOnAnAnswerThatIsNoViolationIsRefused() {
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        long agency = data.agency("putian", "莆田检查表整改测试单位", "training");
        var input = inspection(
                agency,
                2021,
                "training-institution",
                "routineInspection",
                List.of(answer("6", "是", null, rectification("无", "2022-01-31"))));

        JsonNode payload = api.data(RECORD, Map.of("input", input), FindingApi.token("putian-inspector"))
                .path("recordInspection");

        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("NO_FINDING");
        assertThat(rows.inspections(agency)).isZero();
    }

    @Test
    void aRepeatedInspectionWithTheSameKeyReturnsTheFirst() {
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        long agency = data.agency("putian", "莆田检查表重复提交测试单位", "training");
        var input = inspection(
                agency, 2021, "training-institution", "routineInspection", List.of(answer("4", "是", null, null)));
        input.put("idempotencyKey", "inspection-" + System.nanoTime());
        String inspector = FindingApi.token("putian-inspector");

        JsonNode first = api.data(RECORD, Map.of("input", input), inspector).path("recordInspection");
        JsonNode second = api.data(RECORD, Map.of("input", input), inspector).path("recordInspection");

        assertThat(second.path("inspection").path("id").asString())
                .isEqualTo(first.path("inspection").path("id").asString());
        assertThat(rows.inspections(agency)).isEqualTo(1);
        assertThat(rows.findings(agency)).isEqualTo(1);
    }

    private static Map<String, Object> inspection(
            long agency, int year, String checklist, String source, List<Map<String, Object>> answers) {
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", agency);
        input.put("year", year);
        input.put("checklistId", checklist);
        input.put("inspectedOn", year + "-12-15");
        input.put("source", source);
        input.put("answers", answers);
        return input;
    }

    private static Map<String, Object> answer(
            String question, String answer, String note, Map<String, Object> rectification) {
        Map<String, Object> input = new HashMap<>();
        input.put("question", question);
        input.put("answer", answer);
        input.put("note", note);
        input.put("rectification", rectification);
        return input;
    }

    private static Map<String, Object> rectification(String measure, String deadline) {
        return Map.of("measure", measure, "deadline", deadline, "responsible", "李四");
    }
}
