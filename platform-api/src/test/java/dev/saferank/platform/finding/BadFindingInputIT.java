package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Every bad finding input is answered in the payload, naming the field, and writes nothing. */
@RealServersTest
class BadFindingInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    FindingApi api;
    FindingRows rows;
    TestData data;
    long agency;

    @BeforeEach
    void quanzhouAgency() {
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        agency = data.agency("quanzhou", "泉州错误输入测试机构", "consulting");
        api = new FindingApi(port);
        rows = new FindingRows(jdbc);
    }

    @Test
    void rejectsFindingForUnknownRule() {
        JsonNode error = rejected(input -> input.put("ruleCode", "14.9"), "input.ruleCode");

        assertThat(error.path("code").asString()).isEqualTo("UNKNOWN_RULE");
        assertThat(error.path("message").asString()).isEqualTo("考评标准中没有规则“14.9”");
    }

    @Test
    void rejectsZeroAndNegativeCounts() {
        assertThat(rejected(input -> input.put("count", 0), "input.count")
                        .path("code")
                        .asString())
                .isEqualTo("INVALID_COUNT");
        assertThat(rejected(input -> input.put("count", -1), "input.count")
                        .path("code")
                        .asString())
                .isEqualTo("INVALID_COUNT");
    }

    @Test
    void rejectsADateOutsideTheYear() {
        JsonNode error = rejected(input -> input.put("observedOn", "2022-12-31"), "input.observedOn");

        assertThat(error.path("message").asString()).isEqualTo("发现日期 2022-12-31 不在考评年度 2023 年内");
    }

    @Test
    void rejectsOversizeAndMissingEvidence() {
        assertThat(rejected(input -> input.put("evidence", "证".repeat(4001)), "input.evidence")
                        .path("code")
                        .asString())
                .isEqualTo("TOO_LONG");
        assertThat(rejected(input -> input.put("evidence", "  "), "input.evidence")
                        .path("code")
                        .asString())
                .isEqualTo("REQUIRED");
    }

    @Test
    void acceptsEvidenceOfExactlyTheLimit() {
        var input = FindingApi.quanzhouInput(agency);
        input.put("evidence", "证".repeat(4000));

        api.recorded(input, FindingApi.token("quanzhou-inspector"));

        assertThat(rows.findings(agency)).isEqualTo(1);
    }

    @Test
    void rejectsAnUnknownSource() {
        assertThat(rejected(input -> input.put("source", "rumour"), "input.source")
                        .path("code")
                        .asString())
                .isEqualTo("UNKNOWN_SOURCE");
    }

    @Test
    void rejectsAYearWithoutActiveScheme() {
        rejected(
                input -> {
                    input.put("year", 1999);
                    input.put("observedOn", "1999-05-01");
                },
                "input.year");
    }

    @Test
    void rejectsAValueOnACountedRule() {
        rejected(input -> input.put("value", 0.5), "input.value");
    }

    @Test
    void rejectsAnAgencyOfAnotherTenantLikeAMissingOne() {
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        long linyiAgency = data.agency("linyi", "临沂机构", "evaluation");

        JsonNode foreign = rejected(input -> input.put("agencyId", linyiAgency), "input.agencyId");
        JsonNode missing = rejected(input -> input.put("agencyId", 987_654_321_000L), "input.agencyId");

        assertThat(rows.findings(linyiAgency)).isZero();
        assertThat(foreign.path("code").asString())
                .isEqualTo("NOT_FOUND")
                .isEqualTo(missing.path("code").asString());
        assertThat(foreign.path("message").asString()).isEqualTo("未找到机构 " + linyiAgency);
    }

    @Test
    void rejectsAShareOutsideZeroToOneOnAProportionalRule() {
        data.activeSeedScheme("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2023);
        long suzhouAgency = data.agency("suzhou", "苏州比例测试机构", "consulting");
        String inspector = FindingApi.token("suzhou-inspector");
        Map<String, Object> input = FindingApi.quanzhouInput(suzhouAgency);
        input.put("ruleCode", "6.2");
        input.remove("count");
        input.put("value", 1.5);

        JsonNode tooMuch = api.record(input, inspector);
        input.remove("value");
        JsonNode none = api.record(input, inspector);
        input.put("of", 3);
        input.put("count", 4);
        JsonNode moreThanAll = api.record(input, inspector);

        assertThat(tooMuch.path("errors").findValuesAsString("field")).containsExactly("input.value");
        assertThat(tooMuch.path("errors").get(0).path("message").asString()).isEqualTo("比例须在 0 到 1 之间");
        assertThat(none.path("errors").findValuesAsString("field")).containsExactly("input.value");
        assertThat(moreThanAll.path("errors").findValuesAsString("field")).containsExactly("input.of");
        assertThat(rows.findings(suzhouAgency)).isZero();
    }

    @Test
    void acceptsAProportionalShareAsValueOrAsCountOf() {
        data.activeSeedScheme("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2023);
        long suzhouAgency = data.agency("suzhou", "苏州比例测试机构", "consulting");
        String inspector = FindingApi.token("suzhou-inspector");
        Map<String, Object> input = FindingApi.quanzhouInput(suzhouAgency);
        input.put("ruleCode", "6.2");
        input.remove("count");
        input.put("value", 0.25);
        Map<String, Object> counted = new java.util.HashMap<>(input);
        counted.remove("value");
        counted.put("ruleCode", "6.3");
        counted.put("count", 1);
        counted.put("of", 3);

        JsonNode byValue = api.record(input, inspector).path("finding");
        JsonNode byCount = api.record(counted, inspector).path("finding");

        assertThat(byValue.path("value").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(byCount.path("count").asInt()).isEqualTo(1);
        assertThat(byCount.path("of").asInt()).isEqualTo(3);
        assertThat(rows.findings(suzhouAgency)).isEqualTo(2);
    }

    @Test
    void anIdThatIsNoNumberIsBadInput() {
        var response = api.http().post("{ finding(id: \"abc\") { id } }", FindingApi.token("quanzhou-inspector"));
        var input = FindingApi.quanzhouInput(agency);
        input.put("agencyId", "abc");
        var mutation = api.http()
                .post(
                        "mutation($input: RecordFindingInput!) { recordFinding(input: $input) { errors { field } } }",
                        Map.of("input", input),
                        FindingApi.token("quanzhou-inspector"));

        assertThat(response.body()
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .as("body: %s", response.body())
                .isEqualTo("BAD_REQUEST");
        assertThat(mutation.body()
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .as("body: %s", mutation.body())
                .isEqualTo("BAD_REQUEST");
        assertThat(rows.findings(agency)).isZero();
    }

    /** Sends a valid input changed by {@code change}; exactly one error, on {@code field}, nothing written. */
    private JsonNode rejected(Consumer<Map<String, Object>> change, String field) {
        var input = FindingApi.quanzhouInput(agency);
        change.accept(input);
        int findings = rows.findings(agency);

        JsonNode payload = api.record(input, FindingApi.token("quanzhou-inspector"));

        assertThat(payload.path("finding").isNull()).as("payload: %s", payload).isTrue();
        assertThat(payload.path("errors").findValuesAsString("field"))
                .as("errors: %s", payload.path("errors"))
                .containsExactly(field);
        assertThat(rows.findings(agency)).isEqualTo(findings).isZero();
        assertThat(rows.history(agency)).isZero();
        return payload.path("errors").get(0);
    }
}
