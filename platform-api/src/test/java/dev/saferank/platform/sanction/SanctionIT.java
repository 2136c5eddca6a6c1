package dev.saferank.platform.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bureau staff record sanctions and honours with their level; withdrawals keep who, when and why. */
@RealServersTest
class SanctionIT {

    static final String SANCTION_FIELDS = "sanction { id type level decidedOn issuer reason status recordedBy"
            + " history { action actor at reason } } errors { field code message }";
    static final String RECORD_SANCTION =
            "mutation($input: RecordSanctionInput!) { recordSanction(input: $input) { " + SANCTION_FIELDS + " } }";
    static final String WITHDRAW_SANCTION = "mutation($input: WithdrawSanctionInput!) {"
            + " withdrawSanction(input: $input) { " + SANCTION_FIELDS + " } }";
    static final String HONOUR_FIELDS =
            "honour { id level cause awardedOn issuer status history { action actor reason } } errors { field code }";
    static final String RECORD_HONOUR =
            "mutation($input: RecordHonourInput!) { recordHonour(input: $input) { " + HONOUR_FIELDS + " } }";
    static final String WITHDRAW_HONOUR =
            "mutation($input: WithdrawHonourInput!) { withdrawHonour(input: $input) { " + HONOUR_FIELDS + " } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    long agency;

    @BeforeEach
    void agency() {
        api = new Api(port);
        var data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        agency = data.agency("quanzhou", "泉州处理机构", "evaluation");
    }

    @Test
    void theHistoryOfASanctionSaysWhoWhenAndWhy() {
        Instant before = Instant.now().minusSeconds(5);
        JsonNode recorded = sanction("quanzhou-inspector", interview("city", "2023-05-10"));
        JsonNode withdrawn = api.data(
                        "quanzhou-admin",
                        WITHDRAW_SANCTION,
                        Map.of("input", Map.of("id", recorded.path("id").asString(), "reason", "约谈决定已被撤销")))
                .path("withdrawSanction")
                .path("sanction");

        assertThat(recorded.path("level").asString()).isEqualTo("city");
        assertThat(recorded.path("decidedOn").asString()).isEqualTo("2023-05-10");
        assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
        JsonNode history = withdrawn.path("history");
        assertThat(history.findValuesAsString("action")).containsExactly("recorded", "withdrawn");
        assertThat(history.findValuesAsString("actor")).containsExactly("quanzhou-inspector", "quanzhou-admin");
        assertThat(history.findValuesAsString("reason")).containsExactly("未按合同开展现场服务", "约谈决定已被撤销");
        assertThat(Instant.parse(history.get(1).path("at").asString())).isAfter(before);
    }

    @Test
    void rejectsAnUnknownTypeAndLevelAndADateOutsideTheYearAndWritesNothing() {
        var input = interview("district", "2022-12-31");
        input.put("type", "warning");

        JsonNode payload = api.data("quanzhou-inspector", RECORD_SANCTION, Map.of("input", input))
                .path("recordSanction");

        assertThat(payload.path("sanction").isNull()).isTrue();
        assertThat(payload.path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("UNKNOWN_TYPE", "UNKNOWN_LEVEL", "DATE_OUTSIDE_YEAR");
        assertThat(payload.path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("input.type", "input.level", "input.decidedOn");
        assertThat(count("sanction")).isZero();
    }

    @Test
    void theRatingYearIsThatOfTheDayTheSanctionTookEffect() {
        var input = interview("county", "2024-03-15");
        input.remove("year");

        JsonNode payload = api.data("quanzhou-inspector", RECORD_SANCTION, Map.of("input", input))
                .path("recordSanction");

        assertThat(payload.path("errors").size()).as(payload.toString()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT year FROM sanction WHERE id = ?",
                        Integer.class,
                        payload.path("sanction").path("id").asLong()))
                .isEqualTo(2024);
    }

    @Test
    void aSanctionDatedInTheFutureOrBeforeAnyYearIsRefusedAndNothingWritten() {
        var future = interview("city", java.time.LocalDate.now().plusDays(40).toString());
        future.remove("year");
        var ancient = interview("city", "1999-06-01");
        ancient.remove("year");

        JsonNode later = api.data("quanzhou-inspector", RECORD_SANCTION, Map.of("input", future))
                .path("recordSanction");
        JsonNode earlier = api.data("quanzhou-inspector", RECORD_SANCTION, Map.of("input", ancient))
                .path("recordSanction");

        assertThat(later.path("errors").findValuesAsString("code")).contains("DATE_OUT_OF_RANGE");
        assertThat(later.path("errors").findValuesAsString("field")).contains("input.decidedOn");
        assertThat(later.path("errors").get(0).path("message").asString()).contains("不晚于今天");
        assertThat(earlier.path("errors").findValuesAsString("field")).contains("input.decidedOn");
        assertThat(count("sanction")).isZero();
    }

    @Test
    void recordsAndWithdrawsAnHonourWithItsLevelAndCause() {
        var input = new HashMap<String, Object>(Map.of(
                "agencyId", String.valueOf(agency),
                "year", 2023,
                "level", "province",
                "cause", "2023年安全生产月先进单位",
                "awardedOn", "2023-07-01",
                "issuer", "福建省应急管理厅"));
        JsonNode honour = api.data("quanzhou-admin", RECORD_HONOUR, Map.of("input", input))
                .path("recordHonour")
                .path("honour");
        input.put("awardedOn", "2024-01-02");
        JsonNode late = api.data("quanzhou-admin", RECORD_HONOUR, Map.of("input", input))
                .path("recordHonour");
        JsonNode withdrawn = api.data(
                        "quanzhou-inspector",
                        WITHDRAW_HONOUR,
                        Map.of("input", Map.of("id", honour.path("id").asString(), "reason", "重复录入")))
                .path("withdrawHonour")
                .path("honour");

        assertThat(honour.path("level").asString()).isEqualTo("province");
        assertThat(honour.path("cause").asString()).isEqualTo("2023年安全生产月先进单位");
        assertThat(late.path("errors").findValuesAsString("code")).containsExactly("DATE_OUTSIDE_YEAR");
        assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
        assertThat(withdrawn.path("history").findValuesAsString("reason")).containsExactly("2023年安全生产月先进单位", "重复录入");
        assertThat(count("honour")).isEqualTo(1);
        JsonNode listed = api.data(
                        "quanzhou-admin",
                        "query($a: ID!) { honours(first: 5, filter: {agencyId: $a, level: \"province\", status: \"withdrawn\"})"
                                + " { edges { node { cause } } } }",
                        Map.of("a", String.valueOf(agency)))
                .path("honours")
                .path("edges");
        assertThat(listed.findValuesAsString("cause")).containsExactly("2023年安全生产月先进单位");
    }

    @Test
    void aPageHoldsAtMostOneHundred() {
        JsonNode errors = api.body("quanzhou-admin", "{ sanctions(first: 101) { edges { node { id } } } }", Map.of())
                .path("errors");

        assertThat(errors.get(0).path("extensions").path("classification").asString())
                .isEqualTo("BAD_REQUEST");
        assertThat(errors.get(0).path("message").asString()).isEqualTo("每页条数须在 1 到 100 之间");
    }

    @Test
    void listsSanctionsByAgencyTypeAndLevel() {
        sanction("quanzhou-inspector", interview("city", "2023-03-01"));
        sanction("quanzhou-inspector", interview("county", "2023-04-01"));
        var circular = interview("city", "2023-06-01");
        circular.put("type", "circular");
        sanction("quanzhou-inspector", circular);

        JsonNode cityInterviews = api.data(
                        "quanzhou-admin",
                        "query($a: ID!) { sanctions(first: 10, filter: {agencyId: $a, year: 2023, type: \"interview\","
                                + " level: \"city\"}) { edges { node { type level decidedOn } } } }",
                        Map.of("a", String.valueOf(agency)))
                .path("sanctions")
                .path("edges");
        JsonNode ofTheYear = api.data(
                        "quanzhou-inspector",
                        "query($a: ID!) { agency(id: $a) { sanctions(year: 2023) { type level } honours(year: 2023) { id } } }",
                        Map.of("a", String.valueOf(agency)))
                .path("agency");

        assertThat(cityInterviews.findValuesAsString("decidedOn")).containsExactly("2023-03-01");
        assertThat(ofTheYear.path("sanctions").findValuesAsString("level")).containsExactly("city", "county", "city");
        assertThat(ofTheYear.path("honours").size()).isZero();
    }

    @Test
    void onlyBureauStaffOfTheTenantRecordAndAnotherTenantsIdsAreLikeMissingOnes() {
        String id = sanction("quanzhou-inspector", interview("town", "2023-02-02"))
                .path("id")
                .asString();
        var foreign = Map.of("input", Map.of("id", id, "reason", "越权"));
        var missing = Map.of("input", Map.of("id", String.valueOf(Long.MAX_VALUE - 3), "reason", "越权"));

        assertThat(api.errorClass("quanzhou-agency", RECORD_SANCTION, Map.of("input", interview("city", "2023-05-10"))))
                .isEqualTo("FORBIDDEN");
        assertThat(api.errorClass("linyi-admin", RECORD_SANCTION, Map.of("input", interview("city", "2023-05-10"))))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("linyi-admin", WITHDRAW_SANCTION, foreign)).isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("linyi-admin", WITHDRAW_SANCTION, missing)).isEqualTo("NOT_FOUND");
        assertThat(api.errorMessage("linyi-admin", WITHDRAW_SANCTION, foreign)).isEqualTo("未找到处理记录 " + id);
        assertThat(count("sanction")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM sanction WHERE id = ?", String.class, Long.parseLong(id)))
                .isEqualTo("active");
    }

    @Test
    void aRepeatedSubmissionWithOneKeyIsRecordedOnce() {
        var input = interview("county", "2023-09-09");
        input.put("idempotencyKey", "sanction-" + System.nanoTime());

        String first = sanction("quanzhou-inspector", input).path("id").asString();
        String second = sanction("quanzhou-inspector", input).path("id").asString();

        assertThat(second).isEqualTo(first);
        assertThat(count("sanction")).isEqualTo(1);
    }

    Map<String, Object> interview(String level, String decidedOn) {
        return new HashMap<>(Map.of(
                "agencyId",
                String.valueOf(agency),
                "year",
                2023,
                "type",
                "interview",
                "level",
                level,
                "decidedOn",
                decidedOn,
                "issuer",
                "泉州市应急管理局",
                "reason",
                "未按合同开展现场服务"));
    }

    JsonNode sanction(String user, Map<String, Object> input) {
        JsonNode payload =
                api.data(user, RECORD_SANCTION, Map.of("input", input)).path("recordSanction");
        assertThat(payload.path("errors").size())
                .as("errors: %s", payload.path("errors"))
                .isZero();
        return payload.path("sanction");
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE agency_id = ?", Integer.class, agency);
    }
}
