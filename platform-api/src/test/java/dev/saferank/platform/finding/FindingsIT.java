package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.RecordedFacts;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.scheme.Facts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** An inspector records a finding, a second person confirms it; the history keeps who did what. */
@RealServersTest
class FindingsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    RecordedFacts facts;

    FindingApi api;
    long agency;

    @BeforeEach
    void quanzhouAgency() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        agency = data.agency("quanzhou", "泉州发现测试机构", "consulting");
        api = new FindingApi(port);
    }

    @Test
    void aSecondPersonConfirmsAndTheHistoryNamesBoth() {
        long id = api.recorded(FindingApi.quanzhouInput(agency), FindingApi.token("quanzhou-inspector"));

        JsonNode confirmed = api.change("confirmFinding", id, "现场照片已核对", FindingApi.token("quanzhou-admin"));

        assertThat(confirmed.path("errors").size())
                .as("errors: %s", confirmed.path("errors"))
                .isZero();
        JsonNode finding = confirmed.path("finding");
        assertThat(finding.path("status").asString()).isEqualTo("confirmed");
        assertThat(finding.path("kind").asString()).isEqualTo("rule");
        assertThat(finding.path("recordedBy").asString()).isEqualTo("quanzhou-inspector");
        assertThat(finding.path("confirmedBy").asString()).isEqualTo("quanzhou-admin");
        assertThat(finding.path("history").findValuesAsString("action")).containsExactly("recorded", "confirmed");
        assertThat(finding.path("history").findValuesAsString("actor"))
                .containsExactly("quanzhou-inspector", "quanzhou-admin");
        assertThat(finding.path("history").get(1).path("reason").asString()).isEqualTo("现场照片已核对");
        assertThat(facts.confirmedRuleFindings("quanzhou", agency, 2023))
                .containsExactly(new Facts.Finding("14.5a", 3, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void recorderCannotConfirmItsOwnFinding() {
        String inspector = FindingApi.token("quanzhou-inspector");
        long id = api.recorded(FindingApi.quanzhouInput(agency), inspector);

        JsonNode payload = api.change("confirmFinding", id, null, inspector);

        assertThat(payload.path("finding").isNull()).isTrue();
        assertThat(payload.path("errors").get(0).path("code").asString()).isEqualTo("SAME_PERSON");
        assertThat(api.finding(id, inspector)
                        .body()
                        .path("data")
                        .path("finding")
                        .path("status")
                        .asString())
                .isEqualTo("draft");
        assertThat(facts.confirmedRuleFindings("quanzhou", agency, 2023)).isEmpty();
    }

    @Test
    void draftsDoNotCountTowardTheScore() {
        api.recorded(FindingApi.quanzhouInput(agency), FindingApi.token("quanzhou-inspector"));

        assertThat(facts.confirmedRuleFindings("quanzhou", agency, 2023)).isEmpty();
    }

    @Test
    void aRepeatedSubmissionWithTheSameKeyReturnsTheFirstFinding() {
        String inspector = FindingApi.token("quanzhou-inspector");
        var input = FindingApi.quanzhouInput(agency);
        input.put("idempotencyKey", "it-" + System.nanoTime());

        long first = api.recorded(input, inspector);
        long second = api.recorded(input, inspector);

        assertThat(second).isEqualTo(first);
        assertThat(new FindingRows(jdbc).findings(agency)).isEqualTo(1);
        assertThat(new FindingRows(jdbc).history(agency)).isEqualTo(1);
    }

    @Test
    void withdrawnFindingsStayReadableWithTheirHistory() {
        String inspector = FindingApi.token("quanzhou-inspector");
        long id = api.recorded(FindingApi.quanzhouInput(agency), inspector);
        api.change("confirmFinding", id, null, FindingApi.token("quanzhou-admin"));

        JsonNode withdrawn = api.change("withdrawFinding", id, "复核后确认标线已整改到位，系误判", inspector);
        JsonNode again = api.change("withdrawFinding", id, "再次撤回", inspector);

        assertThat(withdrawn.path("finding").path("status").asString()).isEqualTo("withdrawn");
        assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("INVALID_TRANSITION");
        assertThat(again.path("errors").get(0).path("message").asString()).isEqualTo("检查发现当前为“已撤回”，不能改为“已撤回”");
        JsonNode read = api.finding(id, FindingApi.token("quanzhou-admin"))
                .body()
                .path("data")
                .path("finding");
        assertThat(read.path("status").asString()).isEqualTo("withdrawn");
        assertThat(read.path("history").findValuesAsString("action"))
                .containsExactly("recorded", "confirmed", "withdrawn");
        assertThat(read.path("history").get(2).path("reason").asString()).isEqualTo("复核后确认标线已整改到位，系误判");
        assertThat(new FindingRows(jdbc).findings(agency)).isEqualTo(1);
        assertThat(facts.confirmedRuleFindings("quanzhou", agency, 2023)).isEmpty();
    }

    @Test
    void onlyValidTransitionsAreAccepted() {
        long id = api.recorded(FindingApi.quanzhouInput(agency), FindingApi.token("quanzhou-inspector"));
        String admin = FindingApi.token("quanzhou-admin");
        api.change("confirmFinding", id, null, admin);

        JsonNode twice = api.change("confirmFinding", id, null, admin);
        JsonNode withoutReason = api.change("withdrawFinding", id, " ", admin);

        assertThat(twice.path("errors").get(0).path("message").asString()).isEqualTo("检查发现当前为“已确认”，不能改为“已确认”");
        assertThat(withoutReason.path("errors").get(0).path("field").asString()).isEqualTo("input.reason");
    }

    @Test
    void listsFindingsAsACursorConnectionAndUnderTheAgency() {
        String inspector = FindingApi.token("quanzhou-inspector");
        long first = api.recorded(FindingApi.quanzhouInput(agency), inspector);
        var other = FindingApi.quanzhouInput(agency);
        other.put("ruleCode", "14.1");
        other.remove("count");
        long second = api.recorded(other, inspector);

        JsonNode page = api.data(
                        "query($a: ID) { findings(first: 1, filter: {agencyId: $a, year: 2023}) {"
                                + " edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                        Map.of("a", agency),
                        inspector)
                .path("findings");
        JsonNode next = api.data(
                        "query($a: ID, $after: String) { findings(first: 1, after: $after, filter: {agencyId: $a}) {"
                                + " edges { node { id count } } pageInfo { hasNextPage } } }",
                        Map.of(
                                "a",
                                agency,
                                "after",
                                page.path("pageInfo").path("endCursor").asString()),
                        inspector)
                .path("findings");
        JsonNode underAgency = api.data(
                        "query($a: ID!) { agency(id: $a) { findings(year: 2023, status: \"draft\") { ruleCode } } }",
                        Map.of("a", agency),
                        inspector)
                .path("agency");

        assertThat(page.path("edges").findValuesAsString("id")).containsExactly(String.valueOf(first));
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(next.path("edges").findValuesAsString("id")).containsExactly(String.valueOf(second));
        assertThat(next.path("edges").get(0).path("node").path("count").asInt()).isEqualTo(1);
        assertThat(next.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(underAgency.path("findings").findValuesAsString("ruleCode")).containsExactly("14.5a", "14.1");
    }

    @Test
    void eachAgencyOfARequestGetsItsOwnFindings() {
        long other = new TestData(jdbc, schemes).agency("quanzhou", "泉州发现测试机构（二）", "consulting");
        String inspector = FindingApi.token("quanzhou-inspector");
        api.recorded(FindingApi.quanzhouInput(agency), inspector);
        var input = FindingApi.quanzhouInput(other);
        input.put("ruleCode", "14.1");
        input.remove("count");
        api.recorded(input, inspector);

        JsonNode both = api.data(
                "query($a: ID!, $b: ID!) { a: agency(id: $a) { findings { ruleCode } }"
                        + " b: agency(id: $b) { findings(year: 2023) { ruleCode } }"
                        + " c: agency(id: $b) { findings(year: 2022) { ruleCode } } }",
                Map.of("a", agency, "b", other),
                inspector);

        assertThat(both.path("a").path("findings").findValuesAsString("ruleCode"))
                .containsExactly("14.5a");
        assertThat(both.path("b").path("findings").findValuesAsString("ruleCode"))
                .containsExactly("14.1");
        assertThat(both.path("c").path("findings").size()).isZero();
    }

    @Test
    void anAgencysFindingsCarryEveryFieldAskedForWhetherSummaryOrFull() {
        String inspector = FindingApi.token("quanzhou-inspector");
        long id = api.recorded(FindingApi.quanzhouInput(agency), inspector);

        // "brief" selects only summary fields, "full" also dates and the recorder: two statements
        JsonNode findings = api.data(
                        "query($a: ID!) { agency(id: $a) {"
                                + " brief: findings(year: 2023) { id ruleCode count status evidence source kind year }"
                                + " full: findings(year: 2023) { id ruleCode observedOn recordedBy recordedAt"
                                + " ... on Finding { enterprise value of } } } }",
                        Map.of("a", agency),
                        inspector)
                .path("agency");

        JsonNode brief = findings.path("brief").get(0);
        assertThat(brief.path("id").asString()).isEqualTo(String.valueOf(id));
        assertThat(brief.path("ruleCode").asString()).isEqualTo("14.5a");
        assertThat(brief.path("count").asInt()).isEqualTo(3);
        assertThat(brief.path("status").asString()).isEqualTo("draft");
        assertThat(brief.path("evidence").asString()).isEqualTo("车间地上标线三处不到位（一车间、二车间、仓库）");
        assertThat(brief.path("source").asString()).isEqualTo("routineInspection");
        assertThat(brief.path("kind").asString()).isEqualTo("rule");
        assertThat(brief.path("year").asInt()).isEqualTo(2023);
        JsonNode full = findings.path("full").get(0);
        assertThat(full.path("id").asString()).isEqualTo(String.valueOf(id));
        assertThat(full.path("observedOn").asString()).isEqualTo("2023-07-20");
        assertThat(full.path("recordedBy").asString()).isEqualTo("quanzhou-inspector");
        assertThat(full.path("recordedAt").asString()).isNotBlank();
        assertThat(full.path("enterprise").isNull()).isTrue();
    }

    @Test
    void summariesReadingSomeColumnsAnswerThoseAsTheFullRowDoes() {
        String inspector = FindingApi.token("quanzhou-inspector");
        long id = api.recorded(FindingApi.quanzhouInput(agency), inspector);

        // three summary selections with different columns (one through a fragment), and the full row
        JsonNode findings = api.data(
                        "query($a: ID!) { agency(id: $a) {"
                                + " kinds: findings(year: 2023) { kind source year }"
                                + " texts: findings(year: 2023) { id evidence ... F }"
                                + " bare: findings(year: 2023) { __typename id agencyId }"
                                + " full: findings(year: 2023) { id kind source year evidence ruleCode count status"
                                + " observedOn } } }"
                                + " fragment F on Finding { count status }",
                        Map.of("a", agency),
                        inspector)
                .path("agency");

        JsonNode full = findings.path("full").get(0);
        assertThat(full.path("id").asString()).isEqualTo(String.valueOf(id));
        JsonNode kinds = findings.path("kinds").get(0);
        assertThat(kinds.size()).isEqualTo(3);
        assertThat(kinds.path("kind").asString())
                .isEqualTo("rule")
                .isEqualTo(full.path("kind").asString());
        assertThat(kinds.path("source").asString()).isEqualTo("routineInspection");
        assertThat(kinds.path("year").asInt()).isEqualTo(2023);
        JsonNode texts = findings.path("texts").get(0);
        assertThat(texts.path("id").asString()).isEqualTo(String.valueOf(id));
        assertThat(texts.path("evidence").asString()).isEqualTo("车间地上标线三处不到位（一车间、二车间、仓库）");
        assertThat(texts.path("count").asInt()).isEqualTo(3);
        assertThat(texts.path("status").asString()).isEqualTo("draft");
        JsonNode bare = findings.path("bare").get(0);
        assertThat(bare.path("__typename").asString()).isEqualTo("Finding");
        assertThat(bare.path("agencyId").asString()).isEqualTo(String.valueOf(agency));
    }

    @Test
    void aVetoNamedByFindingsIsAcceptedButAConditionalOneIsNot() {
        var computed = FindingApi.quanzhouInput(agency);
        computed.put("ruleCode", "V1");
        computed.remove("count");

        JsonNode payload = api.record(computed, FindingApi.token("quanzhou-inspector"));

        assertThat(payload.path("errors").findValuesAsString("field")).containsExactly("input.ruleCode");
        assertThat(payload.path("errors").get(0).path("message").asString()).isEqualTo("“V1”按条件自动判定，不能通过检查发现记录");
        assertThat(List.of(new FindingRows(jdbc).findings(agency))).containsExactly(0);
    }
}
