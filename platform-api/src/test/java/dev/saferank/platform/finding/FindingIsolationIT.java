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

/** A token of another tenant, or of another agency, meets 泉州's findings as ids that do not exist. */
@RealServersTest
class FindingIsolationIT {

    private static final long MISSING = 987_654_321_000L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    FindingApi api;
    long agency;
    long finding;

    @BeforeEach
    void quanzhouFinding() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        agency = data.agency("quanzhou", "泉州隔离测试机构", "consulting");
        api = new FindingApi(port);
        finding = api.recorded(FindingApi.quanzhouInput(agency), FindingApi.token("quanzhou-inspector"));
    }

    @Test
    void anotherTenantCannotReadAQuanzhouFinding() {
        String linyi = FindingApi.token("linyi-admin");

        JsonNode foreign = api.finding(finding, linyi).body();
        JsonNode missing = api.finding(MISSING, linyi).body();

        assertThat(foreign.path("data").path("finding").isNull()).isTrue();
        assertThat(classification(foreign)).isEqualTo("NOT_FOUND").isEqualTo(classification(missing));
        assertThat(foreign.path("errors").get(0).path("message").asString()).isEqualTo("未找到检查发现 " + finding);
        JsonNode listed = api.data(
                "query($a: ID) { findings(filter: {agencyId: $a}) { edges { node { id } } } }",
                Map.of("a", agency),
                linyi);
        assertThat(listed.path("findings").path("edges").size()).isZero();
    }

    @Test
    void anotherTenantCannotConfirmWithdrawOrRectifyAQuanzhouFinding() {
        String linyi = FindingApi.token("linyi-admin");

        for (String mutation : new String[] {"confirmFinding", "withdrawFinding"}) {
            JsonNode foreign = api.change(mutation, finding, "跨租户", linyi);
            JsonNode missing = api.change(mutation, MISSING, "跨租户", linyi);
            assertThat(foreign.path("errors").get(0).path("code").asString())
                    .as(mutation)
                    .isEqualTo("NOT_FOUND")
                    .isEqualTo(missing.path("errors").get(0).path("code").asString());
            assertThat(foreign.path("errors").get(0).path("field").asString()).isEqualTo("input.id");
        }
        JsonNode rectify = api.data(
                        "mutation($id: ID!) { setRectification(input: {findingId: $id, measure: \"m\","
                                + " deadline: \"2023-12-31\", responsible: \"r\"}) { errors { field code } } }",
                        Map.of("id", finding),
                        linyi)
                .path("setRectification");
        assertThat(rectify.path("errors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        JsonNode unchanged = api.finding(finding, FindingApi.token("quanzhou-admin"))
                .body()
                .path("data")
                .path("finding");
        assertThat(unchanged.path("status").asString()).isEqualTo("draft");
        assertThat(unchanged.path("rectification").isNull()).isTrue();
        assertThat(unchanged.path("history").findValuesAsString("action")).containsExactly("recorded");
    }

    @Test
    void anAgencyUserSeesOnlyItsOwnAgencysFindings() {
        String agencyUser = FindingApi.token("quanzhou-agency");

        JsonNode other = api.finding(finding, agencyUser).body();
        JsonNode listed = api.data(
                "query($a: ID) { findings(filter: {agencyId: $a}) { edges { node { id } } } }",
                Map.of("a", agency),
                agencyUser);

        assertThat(classification(other)).isEqualTo("NOT_FOUND");
        assertThat(listed.path("findings").path("edges").size()).isZero();
    }

    @Test
    void agencyUsersMayNotRecordOrConfirm() {
        var response = api.http()
                .post(
                        "mutation($input: RecordFindingInput!) { recordFinding(input: $input) { errors { code } } }",
                        Map.of("input", FindingApi.quanzhouInput(agency)),
                        FindingApi.token("quanzhou-agency"));

        assertThat(classification(response.body())).isEqualTo("FORBIDDEN");
        assertThat(new FindingRows(jdbc).findings(agency)).isEqualTo(1);
    }

    private static String classification(JsonNode body) {
        return body.path("errors")
                .get(0)
                .path("extensions")
                .path("classification")
                .asString();
    }
}
