package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.RecordedFacts;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.scheme.Facts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** 临沂 per-enterprise items and vetoes named by findings; 苏州 proportional shares given once. */
@RealServersTest
class ScoredRuleKindsIT {

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
    void aPerEnterpriseItemNeedsAnEngagementOfTheAgency() {
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        long agency = data.agency("linyi", "临沂工作实绩测试机构", "evaluation");
        long engagement = rows.engagement("linyi", agency, "临沂某化工有限公司");
        long otherAgency = data.agency("linyi", "临沂另一机构", "evaluation");
        long foreignEngagement = rows.engagement("linyi", otherAgency, "别家的企业");
        String inspector = FindingApi.token("linyi-inspector");
        Map<String, Object> input = linyi(agency, "10.1");

        JsonNode missing = api.record(input, inspector);
        input.put("enterprise", String.valueOf(foreignEngagement));
        JsonNode foreign = api.record(input, inspector);
        input.put("enterprise", String.valueOf(engagement));
        long recorded = api.recorded(input, inspector);
        api.change("confirmFinding", recorded, null, FindingApi.token("linyi-admin"));

        assertThat(missing.path("errors").findValuesAsString("field")).containsExactly("input.enterprise");
        assertThat(missing.path("errors").get(0).path("code").asString()).isEqualTo("REQUIRED");
        assertThat(foreign.path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_ENTERPRISE");
        assertThat(facts.confirmedRuleFindings("linyi", agency, 2022))
                .containsExactly(new Facts.Finding(
                        "10.1", 2, Optional.empty(), Optional.of(String.valueOf(engagement)), Optional.empty()));
    }

    @Test
    void anItemNotScoredPerEnterpriseTakesNoEnterprise() {
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        long agency = data.agency("linyi", "临沂程序测试机构", "evaluation");
        Map<String, Object> input = linyi(agency, "9.2");
        input.put("enterprise", "1");

        JsonNode payload = api.record(input, FindingApi.token("linyi-inspector"));

        assertThat(payload.path("errors").findValuesAsString("code")).containsExactly("NOT_PER_ENTERPRISE");
        assertThat(rows.findings(agency)).isZero();
    }

    @Test
    void aVetoWithoutConditionIsNamedByAFinding() {
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        long agency = data.agency("linyi", "临沂否决测试机构", "evaluation");
        Map<String, Object> input = linyi(agency, "V3");
        input.remove("count");

        JsonNode finding =
                api.record(input, FindingApi.token("linyi-inspector")).path("finding");

        assertThat(finding.path("ruleCode").asString()).isEqualTo("V3");
        assertThat(finding.path("count").asInt()).isEqualTo(1);
    }

    @Test
    void aProportionalShareIsConfirmedOnce() {
        data.activeSeedScheme("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2023);
        long agency = data.agency("suzhou", "苏州履约测试机构", "consulting");
        String inspector = FindingApi.token("suzhou-inspector");
        String admin = FindingApi.token("suzhou-admin");
        Map<String, Object> input = FindingApi.quanzhouInput(agency);
        input.put("ruleCode", "6.2");
        input.remove("count");
        input.put("value", 0.5);
        long first = api.recorded(input, inspector);
        long second = api.recorded(input, inspector);

        api.change("confirmFinding", first, null, admin);
        JsonNode again = api.change("confirmFinding", second, null, admin);

        assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("SHARE_CONFIRMED_TWICE");
        assertThat(facts.confirmedRuleFindings("suzhou", agency, 2023))
                .containsExactly(new Facts.Finding("6.2", 1, Optional.of(new BigDecimal("0.5000")), Optional.empty()));
    }

    private static Map<String, Object> linyi(long agency, String rule) {
        Map<String, Object> input = FindingApi.quanzhouInput(agency);
        input.put("year", 2022);
        input.put("observedOn", "2022-05-10");
        input.put("ruleCode", rule);
        input.put("count", 2);
        return input;
    }
}
