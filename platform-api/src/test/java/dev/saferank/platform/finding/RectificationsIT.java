package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The agency disputes findings and answers rectifications of its own agency, and only those. */
@RealServersTest
class RectificationsIT {

    private static final String SET = "mutation($id: ID!, $deadline: Date!) { setRectification(input: {findingId: $id,"
            + " measure: \"重新施划车间标线\", deadline: $deadline, responsible: \"王五\"}) {"
            + " finding { rectification { status deadline } } errors { field code message } } }";
    private static final String ANSWER =
            "mutation($id: ID!) { answerRectification(input: {findingId: $id, answer: \"已重新施划，附照片\"}) {"
                    + " finding { rectification { status answer } history { action actor } } errors { field code } } }";
    private static final String REVIEW = "mutation($id: ID!, $accept: Boolean!, $reason: String) {"
            + " reviewRectification(input: {findingId: $id, accept: $accept, reason: $reason}) {"
            + " finding { rectification { status } history { action actor reason } } errors { field code } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    FindingApi api;
    long own;
    long ownFinding;
    long otherFinding;

    @BeforeEach
    void confirmedFindingsOfTwoAgencies() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        own = data.agency("quanzhou", "泉州整改测试机构（本机构）", "consulting");
        new FindingRows(jdbc).ownedBy(own, "quanzhou-agency");
        long other = data.agency("quanzhou", "泉州整改测试机构（他机构）", "consulting");
        api = new FindingApi(port);
        String inspector = FindingApi.token("quanzhou-inspector");
        String admin = FindingApi.token("quanzhou-admin");
        ownFinding = api.recorded(FindingApi.quanzhouInput(own), inspector);
        otherFinding = api.recorded(FindingApi.quanzhouInput(other), inspector);
        api.change("confirmFinding", ownFinding, null, admin);
        api.change("confirmFinding", otherFinding, null, admin);
    }

    @Test
    void theAgencyDisputesItsOwnFindingOnly() {
        String agencyUser = FindingApi.token("quanzhou-agency");

        JsonNode disputed = api.change("disputeFinding", ownFinding, "标线已于检查前施划完毕，有监理记录", agencyUser);
        JsonNode foreign = api.change("disputeFinding", otherFinding, "不是我们的", agencyUser);

        assertThat(disputed.path("finding").path("status").asString()).isEqualTo("disputed");
        assertThat(disputed.path("finding").path("history").findValuesAsString("actor"))
                .containsExactly("quanzhou-inspector", "quanzhou-admin", "quanzhou-agency");
        assertThat(foreign.path("errors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(api.finding(otherFinding, FindingApi.token("quanzhou-admin"))
                        .body()
                        .path("data")
                        .path("finding")
                        .path("status")
                        .asString())
                .isEqualTo("confirmed");
    }

    @Test
    void aDisputeNeedsAReason() {
        JsonNode payload = api.change("disputeFinding", ownFinding, "", FindingApi.token("quanzhou-agency"));

        assertThat(payload.path("errors").findValuesAsString("field")).containsExactly("input.reason");
    }

    @Test
    void theAgencyAnswersItsOwnRectificationAndTheInspectorAcceptsIt() {
        String inspector = FindingApi.token("quanzhou-inspector");
        String agencyUser = FindingApi.token("quanzhou-agency");
        api.data(SET, Map.of("id", ownFinding, "deadline", "2023-08-31"), inspector);
        api.data(SET, Map.of("id", otherFinding, "deadline", "2023-08-31"), inspector);

        JsonNode answered =
                api.data(ANSWER, Map.of("id", ownFinding), agencyUser).path("answerRectification");
        JsonNode foreign =
                api.data(ANSWER, Map.of("id", otherFinding), agencyUser).path("answerRectification");
        JsonNode accepted = api.data(REVIEW, Map.of("id", ownFinding, "accept", true), inspector)
                .path("reviewRectification");

        assertThat(answered.path("finding").path("rectification").path("status").asString())
                .isEqualTo("submitted");
        assertThat(answered.path("finding").path("rectification").path("answer").asString())
                .isEqualTo("已重新施划，附照片");
        assertThat(foreign.path("errors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(foreign.path("errors").get(0).path("field").asString()).isEqualTo("input.findingId");
        assertThat(accepted.path("finding").path("rectification").path("status").asString())
                .isEqualTo("accepted");
        assertThat(accepted.path("finding").path("history").findValuesAsString("action"))
                .containsExactly(
                        "recorded", "confirmed", "rectificationSet", "rectificationSubmitted", "rectificationAccepted");
    }

    @Test
    void aRejectionNeedsAReasonAndReopensTheAnswer() {
        String inspector = FindingApi.token("quanzhou-inspector");
        String agencyUser = FindingApi.token("quanzhou-agency");
        api.data(SET, Map.of("id", ownFinding, "deadline", "2023-08-31"), inspector);
        api.data(ANSWER, Map.of("id", ownFinding), agencyUser);

        JsonNode withoutReason = api.data(REVIEW, Map.of("id", ownFinding, "accept", false), inspector)
                .path("reviewRectification");
        JsonNode rejected = api.data(REVIEW, Map.of("id", ownFinding, "accept", false, "reason", "照片不清晰"), inspector)
                .path("reviewRectification");
        JsonNode again = api.data(ANSWER, Map.of("id", ownFinding), agencyUser).path("answerRectification");

        assertThat(withoutReason.path("errors").findValuesAsString("field")).containsExactly("input.reason");
        assertThat(rejected.path("finding").path("rectification").path("status").asString())
                .isEqualTo("rejected");
        assertThat(again.path("finding").path("rectification").path("status").asString())
                .isEqualTo("submitted");
    }

    @Test
    void theDeadlineMayNotBeBeforeTheFinding() {
        JsonNode payload = api.data(
                        SET, Map.of("id", ownFinding, "deadline", "2023-07-19"), FindingApi.token("quanzhou-inspector"))
                .path("setRectification");

        assertThat(payload.path("errors").findValuesAsString("field")).containsExactly("input.deadline");
        assertThat(payload.path("errors").get(0).path("message").asString()).isEqualTo("整改期限不能早于发现日期 2023-07-20");
        assertThat(api.finding(ownFinding, FindingApi.token("quanzhou-admin"))
                        .body()
                        .path("data")
                        .path("finding")
                        .path("rectification")
                        .isNull())
                .isTrue();
    }

    @Test
    void answeringWithoutARectificationIsRefused() {
        JsonNode payload = api.data(ANSWER, Map.of("id", ownFinding), FindingApi.token("quanzhou-agency"))
                .path("answerRectification");

        assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo("NO_RECTIFICATION");
    }
}
