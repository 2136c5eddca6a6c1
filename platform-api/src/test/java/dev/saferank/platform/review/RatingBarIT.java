package dev.saferank.platform.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bars (禁入期) kept and enforced by the platform (issue 17 point 4). 苏州 7.6.3: "机构采取虚假申报等不正当手段获得星级的，
 * 由评定部门取消已评定的星级并予以公告，该机构两年内不得申请参加星级评定" (the scheme's exclusion E1); 佛山 四（二）: "评定年度内
 * 发现违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位" (E3). Years of their own (the shipped schemes re-dated).
 */
@RealServersTest
class RatingBarIT {

    static final int FIRST = 2038;

    static final String BAR = "mutation($input: BarAgencyInput!) { barAgency(input: $input) {"
            + " bar { id agencyName exclusionCode wording firstYear lastYear reason createdBy } errors { field code message } } }";
    static final String PREVIEW =
            "query($a: ID!, $y: Int!) { preview(agencyId: $a, year: $y) { exclusion { code wording } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Test
    void aBarOfTwoYearsLeavesTheAgencyOutOfBothYearsRatingsAndNotTheThird() {
        var data = new TestData(jdbc, schemes);
        for (int year = FIRST; year <= FIRST + 2; year++) {
            data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", year);
        }
        var api = new Api(port);
        long agency = data.agency("suzhou", "苏州虚假申报咨询有限公司" + System.nanoTime(), "consulting");

        JsonNode offered = api.data("suzhou-admin", "{ barExclusions(year: " + FIRST + ") { code wording } }", Map.of())
                .path("barExclusions");
        assertThat(offered.findValuesAsString("code")).containsExactly("E1");
        assertThat(offered.get(0).path("wording").asString()).contains("两年内不得申请参加星级评定");

        JsonNode barred = api.data("suzhou-admin", BAR, Map.of("input", input(agency, "E1", FIRST, 2, "虚假申报取得四星")))
                .path("barAgency");
        assertThat(barred.path("errors").size()).as(barred.toString()).isZero();
        // 两年内: the ratings of 2038 and 2039
        assertThat(barred.path("bar").path("lastYear").asInt()).isEqualTo(FIRST + 1);
        assertThat(barred.path("bar").path("wording").asString()).contains("两年内不得申请参加星级评定");
        assertThat(barred.path("bar").path("createdBy").asString()).isEqualTo("suzhou-admin");

        for (int year : new int[] {FIRST, FIRST + 1}) {
            JsonNode exclusion = preview(api, agency, year).path("exclusion");
            assertThat(exclusion.path("code").asString()).as("year %d", year).isEqualTo("E1");
            assertThat(exclusion.path("wording").asString()).contains("两年内不得申请参加星级评定");
        }
        assertThat(preview(api, agency, FIRST + 2).path("exclusion").isNull()).isTrue();
        // the findings that carry it out, one a year, and the audit trail's record
        assertThat(jdbc.queryForList(
                        "SELECT year FROM finding WHERE tenant_id = 'suzhou' AND agency_id = ? AND source = 'ratingBar'"
                                + " AND status = 'confirmed' ORDER BY year",
                        Integer.class,
                        agency))
                .containsExactly(FIRST, FIRST + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_record WHERE tenant_id = 'suzhou' AND action = 'RATING_BARRED'"
                                + " AND target_id = ?",
                        Integer.class,
                        barred.path("bar").path("id").asString()))
                .isEqualTo(1);
        assertThat(api.data("suzhou-inspector", "{ ratingBars { agencyName firstYear lastYear } }", Map.of())
                        .path("ratingBars")
                        .findValuesAsString("agencyName"))
                .contains(barred.path("bar").path("agencyName").asString());
    }

    @Test
    void foshanBarsItsBenchmarkCandidatesUnderE3Only() {
        int year = FIRST + 5;
        new TestData(jdbc, schemes).activeSeedSchemeFor("foshan", "tenants/foshan/foshan-2023.yaml", year);
        // E1 (近两年未开展业务) and E2 (被立案处罚) have conditions of their own: only E3 bars
        assertThat(new Api(port)
                        .data("foshan-admin", "{ barExclusions(year: " + year + ") { code } }", Map.of())
                        .path("barExclusions")
                        .findValuesAsString("code"))
                .containsExactly("E3");
    }

    @Test
    void badInputIsRefusedByFieldInChineseAndWritesNothing() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", FIRST);
        var api = new Api(port);
        long agency = data.agency("suzhou", "苏州禁入错误输入咨询有限公司" + System.nanoTime(), "consulting");
        int bars = jdbc.queryForObject("SELECT COUNT(*) FROM rating_bar", Integer.class);

        JsonNode refused = api.data("suzhou-admin", BAR, Map.of("input", input(agency, "E9", FIRST, 0, " ")))
                .path("barAgency");
        Map<String, String> byField = new HashMap<>();
        refused.path("errors")
                .forEach(e -> byField.put(
                        e.path("field").asString(), e.path("message").asString()));
        assertThat(byField).containsKeys("input.exclusionCode", "input.years", "input.reason");
        assertThat(byField.get("input.exclusionCode")).isEqualTo("排除条款“E9”不可用于禁入，可选：E1");
        assertThat(byField.get("input.years")).isEqualTo("禁入期须为1到5个考评年度");

        // another city's agency: as missing
        JsonNode foreign = api.data("linyi-admin", BAR, Map.of("input", input(agency, "E1", FIRST, 2, "虚假申报")))
                .path("barAgency");
        assertThat(foreign.path("errors").toString()).contains("input.agencyId", "未找到该机构");
        // an inspector does not bar
        assertThat(api.errorClass("suzhou-inspector", BAR, Map.of("input", input(agency, "E1", FIRST, 2, "虚假申报"))))
                .isEqualTo("FORBIDDEN");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rating_bar", Integer.class))
                .isEqualTo(bars);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE agency_id = ?", Integer.class, agency))
                .isZero();
    }

    private static JsonNode preview(Api api, long agency, int year) {
        return api.data("suzhou-admin", PREVIEW, Map.of("a", Long.toString(agency), "y", year))
                .path("preview");
    }

    private static Map<String, Object> input(long agency, String code, int firstYear, int years, String reason) {
        return Map.of(
                "agencyId",
                Long.toString(agency),
                "exclusionCode",
                code,
                "firstYear",
                firstYear,
                "years",
                years,
                "reason",
                reason);
    }
}
