package dev.saferank.platform.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Sampled enterprises (临沂 工作实绩, seed 001: "随机抽取…到企业现场进行考评打分，取平均值"): an inspector records the
 * served enterprises checked on site, clean ones included; bad input is refused in Chinese, naming the
 * field, and nothing is written.
 */
@RealServersTest
class SamplingIT {

    static final String RECORD = "mutation($input: RecordSampledEnterpriseInput!) { recordSampledEnterprise(input:"
            + " $input) { sampledEnterprise { id engagementId enterpriseName checkedOn status recordedBy }"
            + " errors { field code message } } }";
    static final String WITHDRAW =
            "mutation($input: WithdrawSampledEnterpriseInput!) { withdrawSampledEnterprise(input:"
                    + " $input) { sampledEnterprise { id status } errors { field code message } } }";
    static final int YEAR = 2022;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    TestData data;
    long agency;
    long engagement;

    @BeforeEach
    void linyiAgency() {
        api = new Api(port);
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", YEAR);
        agency = data.agency("linyi", "临沂抽查测试机构", "evaluation");
        engagement = engagement("linyi", agency, LocalDate.of(YEAR, 5, 1));
    }

    @Test
    void anInspectorRecordsACleanEnterpriseCheckedOnSiteAndTheAgencyShowsIt() {
        JsonNode recorded = record("linyi-inspector", input(agency, engagement, LocalDate.of(YEAR, 7, 20)));

        assertThat(recorded.path("errors").size()).as(recorded.toString()).isZero();
        assertThat(recorded.path("sampledEnterprise").path("recordedBy").asString())
                .isEqualTo("linyi-inspector");
        JsonNode listed = api.data(
                        "linyi-admin",
                        "query($a: ID!) { agency(id: $a) { sampledEnterprises(year: 2022) { engagementId checkedOn } } }",
                        Map.of("a", Long.toString(agency)))
                .path("agency")
                .path("sampledEnterprises");
        assertThat(listed.findValuesAsString("engagementId")).containsExactly(Long.toString(engagement));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM change_history WHERE tenant_id = 'linyi' AND entity_type = 'sampledEnterprise'"
                                + " AND entity_id = ? AND action = 'recorded' AND actor = 'linyi-inspector'",
                        Integer.class,
                        recorded.path("sampledEnterprise").path("id").asString()))
                .isEqualTo(1);

        // the same enterprise twice is refused; withdrawn, it may be recorded again
        assertThat(codes(record("linyi-inspector", input(agency, engagement, LocalDate.of(YEAR, 7, 21)))))
                .containsExactly("ALREADY_SAMPLED");
        JsonNode withdrawn = api.data(
                        "linyi-admin",
                        WITHDRAW,
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        recorded.path("sampledEnterprise")
                                                .path("id")
                                                .asString(),
                                        "reason",
                                        "记错了企业")))
                .path("withdrawSampledEnterprise");
        assertThat(withdrawn.path("sampledEnterprise").path("status").asString())
                .isEqualTo("withdrawn");
        assertThat(codes(record("linyi-inspector", input(agency, engagement, LocalDate.of(YEAR, 7, 22)))))
                .isEmpty();
    }

    @Test
    void anEnterpriseThatIsNotAnEngagementOfThatAgencyAndYearIsRefusedAndNothingWritten() {
        long other = data.agency("linyi", "临沂另一机构", "evaluation");
        long othersEngagement = engagement("linyi", other, LocalDate.of(YEAR, 5, 1));
        long lastYears = engagement("linyi", agency, LocalDate.of(YEAR - 1, 5, 1));

        JsonNode ofAnother = record("linyi-inspector", input(agency, othersEngagement, LocalDate.of(YEAR, 7, 20)));
        JsonNode ofLastYear = record("linyi-inspector", input(agency, lastYears, LocalDate.of(YEAR, 7, 20)));
        JsonNode future = record(
                "linyi-inspector", input(agency, engagement, LocalDate.now().plusDays(30)));
        JsonNode outsidePeriod = record("linyi-inspector", input(agency, engagement, LocalDate.of(YEAR + 1, 9, 1)));

        assertThat(codes(ofAnother)).containsExactly("NOT_AN_ENGAGEMENT");
        assertThat(ofAnother.path("errors").get(0).path("field").asString()).isEqualTo("input.engagementId");
        assertThat(ofAnother.path("errors").get(0).path("message").asString()).contains("该机构", "服务项目");
        assertThat(codes(ofLastYear)).containsExactly("NOT_IN_YEAR");
        assertThat(ofLastYear.path("errors").get(0).path("message").asString()).contains("不是 2022 年度");
        assertThat(codes(future)).containsExactly("IN_FUTURE");
        assertThat(codes(outsidePeriod)).containsExactly("OUTSIDE_PERIOD");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sampled_enterprise WHERE tenant_id = 'linyi' AND agency_id = ?",
                        Integer.class,
                        agency))
                .isZero();
    }

    @Test
    void aSchemeThatDoesNotScorePerEnterpriseTakesNoSamples() {
        // 泉州's 诚信考评表 scores no item per enterprise
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long quanzhou = data.agency("quanzhou", "泉州抽查测试机构", "evaluation");
        long served = engagement("quanzhou", quanzhou, LocalDate.of(2023, 5, 1));

        JsonNode refused = api.data(
                        "quanzhou-inspector",
                        RECORD,
                        Map.of("input", input(quanzhou, served, LocalDate.of(2023, 7, 20), 2023)))
                .path("recordSampledEnterprise");

        assertThat(codes(refused)).containsExactly("NOT_SCORED_PER_ENTERPRISE");
        assertThat(refused.path("errors").get(0).path("message").asString()).contains("不按抽查企业评分");
    }

    @Test
    void anotherTenantsAgencyOrEngagementIsLikeAMissingOne() {
        data.tenant("quanzhou");
        long quanzhou = data.agency("quanzhou", "泉州他城机构", "evaluation");

        JsonNode body = api.body(
                "linyi-inspector", RECORD, Map.of("input", input(quanzhou, engagement, LocalDate.of(YEAR, 7, 20))));
        JsonNode foreignEngagement = record(
                "linyi-inspector",
                input(agency, engagement("quanzhou", quanzhou, LocalDate.of(YEAR, 5, 1)), LocalDate.of(YEAR, 7, 20)));

        assertThat(body.path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("NOT_FOUND");
        assertThat(codes(foreignEngagement)).containsExactly("NOT_AN_ENGAGEMENT");
        // an agency user records no samples, not even for its own agency
        assertThat(api.errorClass(
                        "linyi-agency", RECORD, Map.of("input", input(agency, engagement, LocalDate.of(YEAR, 7, 20)))))
                .isEqualTo("FORBIDDEN");
    }

    private JsonNode record(String user, Map<String, Object> input) {
        return api.data(user, RECORD, Map.of("input", input)).path("recordSampledEnterprise");
    }

    private static Map<String, Object> input(long agency, long engagement, LocalDate checkedOn) {
        return input(agency, engagement, checkedOn, YEAR);
    }

    private static Map<String, Object> input(long agency, long engagement, LocalDate checkedOn, int year) {
        var input = new HashMap<String, Object>();
        input.put("agencyId", Long.toString(agency));
        input.put("year", year);
        input.put("engagementId", Long.toString(engagement));
        input.put("checkedOn", checkedOn.toString());
        return input;
    }

    private long engagement(String tenant, long agency, LocalDate contract) {
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES (?, ?, '抽查企业', 'evaluation', ?, 'test')",
                tenant,
                agency,
                contract);
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM engagement WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agency);
    }

    private static java.util.List<String> codes(JsonNode payload) {
        return payload.path("errors").findValuesAsString("code");
    }
}
