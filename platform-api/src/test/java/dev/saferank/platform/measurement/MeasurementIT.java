package dev.saferank.platform.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Inspectors record exam results, satisfaction responses and report reviews the year's scheme declares. */
@RealServersTest
class MeasurementIT {

    static final String FIELDS = "measurement { id name group value answers subject staffId status recordedBy"
            + " reviewCriteria { criterion label score } history { action actor reason } }"
            + " errors { field code message }";
    static final String EXAM =
            "mutation($input: RecordExamResultInput!) { recordExamResult(input: $input) { " + FIELDS + " } }";
    static final String SATISFACTION = "mutation($input: RecordSatisfactionResponseInput!) {"
            + " recordSatisfactionResponse(input: $input) { " + FIELDS + " } }";
    static final String REVIEW =
            "mutation($input: RecordReportReviewInput!) { recordReportReview(input: $input) { " + FIELDS + " } }";
    static final String WITHDRAW = "mutation($input: WithdrawMeasurementInput!) {"
            + " withdrawMeasurement(input: $input) { " + FIELDS + " } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    long linyi;
    long foshan;
    long suzhou;
    long zhangsan;
    long lisi;
    long wangwu;
    long foshanStaff;
    long suzhouStaff;

    @BeforeEach
    void agencies() {
        api = new Api(port);
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        data.activeSeedScheme("foshan", "tenants/foshan/foshan-2023.yaml", 2023);
        data.activeSeedScheme("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2023);
        linyi = data.agency("linyi", "临沂测评机构", "evaluation");
        foshan = data.agency("foshan", "佛山测评机构", "testing");
        suzhou = data.agency("suzhou", "苏州测评机构", "consulting");
        zhangsan = data.staff("linyi", linyi, "张三");
        lisi = data.staff("linyi", linyi, "李四");
        wangwu = data.staff("linyi", linyi, "王五");
        foshanStaff = data.staff("foshan", foshan, "李四");
        suzhouStaff = data.staff("suzhou", suzhou, "赵六");
    }

    @Test
    void recordsAnExamResultWithWhoRecordedIt() {
        JsonNode m = record(
                "linyi-inspector",
                EXAM,
                "recordExamResult",
                input(linyi, 2022, "staffId", String.valueOf(zhangsan), "score", 88.5));

        assertThat(m.path("name").asString()).isEqualTo("exam");
        // recorded against the staff member, named as the register names them
        assertThat(m.path("staffId").asString()).isEqualTo(Long.toString(zhangsan));
        assertThat(m.path("value").decimalValue()).isEqualByComparingTo("88.5");
        assertThat(m.path("subject").asString()).isEqualTo("张三");
        assertThat(m.path("history").findValuesAsString("action")).containsExactly("recorded");
        assertThat(m.path("history").findValuesAsString("actor")).containsExactly("linyi-inspector");
    }

    @Test
    void recordsALinyiReviewFormAsTheSumOfItsFiveCriteria() {
        var review = Map.of("compliance", 2, "serviceQuality", 2, "fees", 1.5, "ethics", 2, "fairCompetition", 1);

        JsonNode m = record(
                "linyi-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(linyi, 2022, "respondent", "兰山区应急管理局", "review", review));

        // 2 + 2 + 1.5 + 2 + 1 = 8.5 out of 10
        assertThat(m.path("name").asString()).isEqualTo("satisfaction");
        assertThat(m.path("value").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(m.path("reviewCriteria").findValuesAsString("label"))
                .containsExactly("合规执业", "服务质量", "规范收费", "职业道德", "公平竞争");
        assertThat(m.path("reviewCriteria").get(2).path("score").decimalValue()).isEqualByComparingTo("1.5");
    }

    @Test
    void recordsAFoshanSurveyAsItsAnswers() {
        JsonNode m = record(
                "foshan-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(foshan, 2023, "respondent", "某化工企业", "answers", "AABACAAAAB"));

        // seven A (10) + two B (7) + one C (3) = 70 + 14 + 3 = 87
        assertThat(m.path("name").asString()).isEqualTo("survey");
        assertThat(m.path("answers").asString()).isEqualTo("AABACAAAAB");
        assertThat(m.path("value").decimalValue()).isEqualByComparingTo("87");
    }

    @Test
    void recordsASuzhouScoreWithItsEvaluatorGroup() {
        JsonNode m = record(
                "suzhou-admin",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(suzhou, 2023, "group", "town", "score", 9));

        assertThat(m.path("group").asString()).isEqualTo("town");
        assertThat(m.path("value").decimalValue()).isEqualByComparingTo("9");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        rejected(
                "foshan-inspector",
                EXAM,
                "recordExamResult",
                input(foshan, 2023, "staffId", String.valueOf(foshanStaff), "score", 80),
                "input.measurement",
                "UNKNOWN_MEASUREMENT");
        rejected(
                "linyi-inspector",
                EXAM,
                "recordExamResult",
                input(linyi, 2022, "staffId", String.valueOf(lisi), "score", 101),
                "input.score",
                "OUT_OF_RANGE");
        rejected(
                "linyi-inspector",
                EXAM,
                "recordExamResult",
                input(linyi, 2022, "staffId", String.valueOf(lisi), "score", -1),
                "input.score",
                "OUT_OF_RANGE");
        rejected(
                "linyi-inspector",
                EXAM,
                "recordExamResult",
                input(linyi, 2031, "staffId", String.valueOf(lisi), "score", 80),
                "input.year",
                "NO_ACTIVE_SCHEME");
        rejected(
                "suzhou-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(suzhou, 2023, "group", "province", "score", 8),
                "input.group",
                "UNKNOWN_GROUP");
        rejected(
                "suzhou-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(suzhou, 2023, "score", 8),
                "input.group",
                "UNKNOWN_GROUP");
        rejected(
                "suzhou-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(suzhou, 2023, "group", "town", "score", 10.5),
                "input.score",
                "OUT_OF_RANGE");
        rejected(
                "foshan-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(foshan, 2023, "answers", "AAAAAAAAA"),
                "input.answers",
                "WRONG_ANSWER_COUNT");
        rejected(
                "foshan-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(foshan, 2023, "answers", "AAAADAAAAA"),
                "input.answers",
                "UNKNOWN_CHOICE");
        rejected(
                "foshan-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(foshan, 2023, "answers", "AAAAAAAAAA", "score", 90),
                "input",
                "ONE_FORM");
        rejected(
                "linyi-inspector",
                SATISFACTION,
                "recordSatisfactionResponse",
                input(
                        linyi,
                        2022,
                        "review",
                        Map.of("compliance", 2, "serviceQuality", 2, "fees", 2, "ethics", 2, "fairCompetition", 2.5)),
                "input.review.fairCompetition",
                "OUT_OF_RANGE");
        rejected(
                "foshan-inspector",
                REVIEW,
                "recordReportReview",
                input(foshan, 2023, "report", "佛山报告-1", "percentage", 100.5),
                "input.percentage",
                "OUT_OF_RANGE");
        rejected(
                "foshan-inspector",
                REVIEW,
                "recordReportReview",
                input(foshan, 2023, "report", "x".repeat(201), "percentage", 90),
                "input.report",
                "TOO_LONG");

        for (long agency : List.of(linyi, foshan, suzhou)) {
            assertThat(rows(agency)).as("measurements of agency %s", agency).isZero();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM change_history WHERE entity_type = 'measurement' AND snapshot LIKE ?",
                        Integer.class,
                        "%\"agencyId\":" + foshan + ",%"))
                .isZero();
    }

    @Test
    void withdrawsWithAReasonKeptInTheHistory() {
        JsonNode m = record(
                "foshan-inspector",
                REVIEW,
                "recordReportReview",
                input(foshan, 2023, "report", "佛山报告-2", "percentage", 75));
        String id = m.path("id").asString();

        JsonNode blank = api.data("foshan-admin", WITHDRAW, Map.of("input", Map.of("id", id, "reason", " ")))
                .path("withdrawMeasurement");
        JsonNode withdrawn =
                record("foshan-admin", WITHDRAW, "withdrawMeasurement", Map.of("id", id, "reason", "复评报告编号录入错误"));
        JsonNode again = api.data("foshan-admin", WITHDRAW, Map.of("input", Map.of("id", id, "reason", "再次撤销")))
                .path("withdrawMeasurement");

        assertThat(blank.path("errors").get(0).path("code").asString()).isEqualTo("REQUIRED");
        assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
        assertThat(withdrawn.path("history").findValuesAsString("action")).containsExactly("recorded", "withdrawn");
        assertThat(withdrawn.path("history").get(1).path("actor").asString()).isEqualTo("foshan-admin");
        assertThat(withdrawn.path("history").get(1).path("reason").asString()).isEqualTo("复评报告编号录入错误");
        assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("ALREADY_WITHDRAWN");
    }

    @Test
    void anExamNamesAnActiveStaffMemberOfTheAgencyOrIsRefusedOnStaffId() {
        // 临沂 三（四）"随机抽取一定数量的技术服务机构专业技术人员进行分专业测试": the agency's registered technical staff only
        int before = rows(linyi);
        long withdrawn = new TestData(jdbc, schemes).staff("linyi", linyi, "离职人员");
        jdbc.update("UPDATE staff SET status = 'withdrawn' WHERE id = ?", withdrawn);
        for (long notOurs : new long[] {suzhouStaff, withdrawn, 987_654_321L}) {
            JsonNode payload = api.data(
                            "linyi-inspector",
                            EXAM,
                            Map.of("input", input(linyi, 2022, "staffId", String.valueOf(notOurs), "score", 80)))
                    .path("recordExamResult");
            assertThat(payload.path("measurement").isNull()).isTrue();
            assertThat(payload.path("errors").get(0).path("field").asString()).isEqualTo("input.staffId");
            assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo("NOT_STAFF");
            assertThat(payload.path("errors").get(0).path("message").asString())
                    .isEqualTo("人员 " + notOurs + " 不是该机构在册的技术人员（或已撤销登记），请从该机构的技术人员中选择被抽考人员");
        }
        // with another problem: both named, nothing written
        JsonNode both = api.data(
                        "linyi-inspector",
                        EXAM,
                        Map.of("input", input(linyi, 2022, "staffId", String.valueOf(suzhouStaff), "score", 101)))
                .path("recordExamResult");
        assertThat(both.path("errors").findValuesAsString("field")).containsExactly("input.staffId", "input.score");
        assertThat(rows(linyi)).isEqualTo(before);
    }

    @Test
    void aRepeatedSubmissionWithOneKeyIsWrittenOnce() {
        var input = input(
                linyi,
                2022,
                "staffId",
                String.valueOf(wangwu),
                "score",
                70,
                "idempotencyKey",
                "exam-" + System.nanoTime());

        String first = record("linyi-inspector", EXAM, "recordExamResult", input)
                .path("id")
                .asString();
        String second = record("linyi-inspector", EXAM, "recordExamResult", input)
                .path("id")
                .asString();

        assertThat(second).isEqualTo(first);
        assertThat(rows(linyi)).isEqualTo(1);
    }

    Map<String, Object> input(long agency, int year, Object... fields) {
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", String.valueOf(agency));
        input.put("year", year);
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1] instanceof Double d ? BigDecimal.valueOf(d) : fields[i + 1]);
        }
        return input;
    }

    JsonNode record(String user, String document, String mutation, Map<String, Object> input) {
        JsonNode payload = api.data(user, document, Map.of("input", input)).path(mutation);
        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
        return payload.path("measurement");
    }

    void rejected(String user, String document, String mutation, Map<String, Object> input, String field, String code) {
        JsonNode payload = api.data(user, document, Map.of("input", input)).path(mutation);
        assertThat(payload.path("measurement").isNull()).isTrue();
        assertThat(payload.path("errors").get(0).path("field").asString())
                .as("%s", input)
                .isEqualTo(field);
        assertThat(payload.path("errors").get(0).path("code").asString())
                .as("%s", input)
                .isEqualTo(code);
        assertThat(payload.path("errors").get(0).path("message").asString())
                .as("Chinese message")
                .matches(".*[\\u4e00-\\u9fff].*");
    }

    int rows(long agency) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM measurement WHERE agency_id = ?", Integer.class, agency);
    }
}
