package dev.saferank.platform.tenant;

import static dev.saferank.platform.tenant.RealmAdmin.classification;
import static dev.saferank.platform.tenant.RealmAdmin.data;
import static dev.saferank.platform.tenant.RealmAdmin.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A bureau admin keeps its districts and calendar; other roles read; another tenant sees nothing. */
@RealServersTest
class DistrictsAndCalendarIT {

    private static final String ADD =
            "mutation($input: AddDistrictInput!) { addDistrict(input: $input) { district { code name } errors { field code } } }";
    private static final String RENAME =
            "mutation($input: RenameDistrictInput!) { renameDistrict(input: $input) { district { code name } errors { field code } } }";
    private static final String SET_CAMPAIGN =
            """
            mutation($input: SetCampaignInput!) { setCampaign(input: $input) {
              campaign { year selfCheckStart selfCheckEnd noticeWorkingDays holidays updatedBy updatedAt } errors { field code message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    SeedTenants seed;

    private final String code = "it" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void seedCities() {
        seed.run();
    }

    @Test
    void bureauAdminAddsAndRenamesADistrictThatInspectorsRead() {
        String admin = KeycloakTokens.accessToken("quanzhou-admin");
        JsonNode added = data(post(ADD, vars("input", Map.of("code", code, "name", "测试区" + code)), admin));
        assertThat(added.path("addDistrict").path("district").path("code").asString())
                .isEqualTo(code);

        JsonNode renamed = data(post(RENAME, vars("input", Map.of("code", code, "name", "新测试区" + code)), admin));
        assertThat(renamed.path("renameDistrict").path("district").path("name").asString())
                .isEqualTo("新测试区" + code);

        JsonNode read = data(post(
                "{ districts { code name } tenant { name districts { code } } }",
                KeycloakTokens.accessToken("quanzhou-inspector")));
        assertThat(read.path("districts").findValuesAsString("name")).contains("新测试区" + code, "鲤城区");
        assertThat(read.path("tenant").path("name").asString()).isEqualTo("泉州市应急管理局");
        assertThat(read.path("tenant").path("districts").findValuesAsString("code"))
                .contains(code, "350502");
    }

    @Test
    void refusesDuplicateCodesAndNamesWithinTheTenantOnly() {
        String admin = KeycloakTokens.accessToken("quanzhou-admin");
        JsonNode sameCode = data(post(ADD, vars("input", Map.of("code", "350502", "name", "另一个区" + code)), admin));
        assertThat(sameCode.path("addDistrict").path("errors").findValuesAsString("code"))
                .containsExactly("DUPLICATE_CODE");
        JsonNode sameName = data(post(ADD, vars("input", Map.of("code", code, "name", "丰泽区")), admin));
        assertThat(sameName.path("addDistrict").path("errors").findValuesAsString("code"))
                .containsExactly("DUPLICATE_NAME");
        JsonNode badCode = data(post(ADD, vars("input", Map.of("code", "区 1", "name", "x".repeat(101))), admin));
        assertThat(badCode.path("addDistrict").path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("INVALID_CODE", "TOO_LONG");
        assertThat(data(post("{ districts { code name } }", admin))
                        .path("districts")
                        .toString())
                .doesNotContain(code, "区 1", "另一个区" + code);

        data(post(ADD, vars("input", Map.of("code", code, "name", "测试区" + code)), admin));
        JsonNode sameInOtherTenant = data(post(
                ADD,
                vars("input", Map.of("code", code, "name", "测试区" + code)),
                KeycloakTokens.accessToken("linyi-admin")));
        assertThat(sameInOtherTenant.path("addDistrict").path("errors").size()).isZero();
    }

    @Test
    void anotherTenantsAdminCannotSeeOrRenameTheDistricts() {
        String linyi = KeycloakTokens.accessToken("linyi-admin");
        data(post(
                ADD,
                vars("input", Map.of("code", code, "name", "泉州测试区" + code)),
                KeycloakTokens.accessToken("quanzhou-admin")));

        assertThat(data(post("{ districts { name } }", linyi)).path("districts").findValuesAsString("name"))
                .doesNotContain("泉州测试区" + code, "鲤城区");
        var foreign = post(RENAME, vars("input", Map.of("code", code, "name", "改名")), linyi);
        var missing = post(RENAME, vars("input", Map.of("code", code + "x", "name", "改名")), linyi);
        assertThat(classification(foreign)).isEqualTo("NOT_FOUND").isEqualTo(classification(missing));
        assertThat(foreign.body().path("errors").path(0).path("message").asString())
                .isEqualTo("未找到区县 " + code);
        assertThat(data(post("{ districts { code name } }", KeycloakTokens.accessToken("quanzhou-admin")))
                        .path("districts")
                        .toString())
                .contains("泉州测试区" + code);
    }

    @Test
    void onlyBureauAdminsChangeAndAgencyUsersDoNotReadDistricts() {
        assertThat(classification(post(
                        ADD,
                        vars("input", Map.of("code", code, "name", "x")),
                        KeycloakTokens.accessToken("quanzhou-inspector"))))
                .isEqualTo("FORBIDDEN");
        assertThat(classification(post("{ districts { code } }", KeycloakTokens.accessToken("quanzhou-agency"))))
                .isEqualTo("FORBIDDEN");
        assertThat(classification(post(
                        SET_CAMPAIGN,
                        vars("input", Map.of("year", 2031)),
                        KeycloakTokens.accessToken("quanzhou-inspector"))))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void bureauAdminSetsTheCalendarThatEveryTenantRoleReads() {
        var input = vars(
                "year",
                2031,
                "selfCheckStart",
                "2031-06-15",
                "selfCheckEnd",
                "2031-07-14",
                "noticeWorkingDays",
                5,
                "holidays",
                java.util.List.of("2031-10-01", "2031-10-02"));
        JsonNode set = data(post(SET_CAMPAIGN, vars("input", input), KeycloakTokens.accessToken("quanzhou-admin")));
        assertThat(set.path("setCampaign").path("errors").size()).isZero();
        assertThat(set.path("setCampaign").path("campaign").path("updatedBy").asString())
                .isEqualTo("quanzhou-admin");
        assertThat(set.path("setCampaign").path("campaign").path("updatedAt").asString())
                .startsWith("20");

        JsonNode read = data(post(
                "{ campaign(year: 2031) { selfCheckEnd noticeWorkingDays holidays } }",
                KeycloakTokens.accessToken("quanzhou-agency")));
        assertThat(read.path("campaign").path("selfCheckEnd").asString()).isEqualTo("2031-07-14");
        assertThat(read.path("campaign").path("noticeWorkingDays").asInt()).isEqualTo(5);
        assertThat(read.path("campaign").path("holidays").toString()).isEqualTo("[\"2031-10-01\",\"2031-10-02\"]");
        assertThat(data(post("{ campaign(year: 2031) { year } }", KeycloakTokens.accessToken("linyi-admin")))
                        .path("campaign")
                        .isNull())
                .isTrue();
        JsonNode linyi = data(post(
                SET_CAMPAIGN,
                vars("input", vars("year", 2032, "noticeWorkingDays", 9)),
                KeycloakTokens.accessToken("linyi-admin")));
        assertThat(linyi.path("setCampaign")
                        .path("campaign")
                        .path("noticeWorkingDays")
                        .asInt())
                .isEqualTo(9);
        assertThat(data(post("{ campaign(year: 2032) { year } }", KeycloakTokens.accessToken("quanzhou-admin")))
                        .path("campaign")
                        .isNull())
                .isTrue();
    }

    @Test
    void refusesABadCalendarAndWritesNothing() {
        var input = vars(
                "year",
                2099,
                "selfCheckStart",
                "2099-07-14",
                "selfCheckEnd",
                "2099-06-15",
                "inspectionStart",
                "2098-12-31",
                "noticeWorkingDays",
                31,
                "publicationDate",
                "2100-07-01");
        JsonNode set = data(post(SET_CAMPAIGN, vars("input", input), KeycloakTokens.accessToken("quanzhou-admin")));

        assertThat(set.path("setCampaign").path("campaign").isNull()).isTrue();
        assertThat(set.path("setCampaign").path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder(
                        "END_BEFORE_START", "DATE_OUTSIDE_YEAR", "INVALID_NOTICE_DAYS", "DATE_OUTSIDE_YEAR");
        JsonNode noNotice = data(post(
                SET_CAMPAIGN,
                vars("input", vars("year", 2099, "noticeWorkingDays", 0)),
                KeycloakTokens.accessToken("quanzhou-admin")));
        assertThat(noNotice.path("setCampaign").path("errors").findValuesAsString("code"))
                .containsExactly("INVALID_NOTICE_DAYS");
        assertThat(data(post("{ campaign(year: 2099) { year } }", KeycloakTokens.accessToken("quanzhou-admin")))
                        .path("campaign")
                        .isNull())
                .isTrue();
    }

    @Test
    void seedCalendarsComeFromTheSeedDocuments() {
        JsonNode quanzhou = data(post(
                        "{ tenant { campaign(year: 2023) { selfCheckStart selfCheckEnd inspectionStart inspectionEnd publicationDate } } }",
                        KeycloakTokens.accessToken("quanzhou-inspector")))
                .path("tenant")
                .path("campaign");
        assertThat(quanzhou.toString())
                .isEqualTo(
                        "{\"selfCheckStart\":\"2023-06-15\",\"selfCheckEnd\":\"2023-07-14\","
                                + "\"inspectionStart\":\"2023-07-15\",\"inspectionEnd\":\"2023-08-14\",\"publicationDate\":\"2023-08-31\"}");
        assertThat(data(post(
                                "{ campaign(year: 2022) { noticeWorkingDays } }",
                                KeycloakTokens.accessToken("linyi-agency")))
                        .path("campaign")
                        .path("noticeWorkingDays")
                        .asInt())
                .isEqualTo(7);
        assertThat(data(post(
                                "{ campaign(year: 2023) { noticeWorkingDays } }",
                                KeycloakTokens.accessToken("foshan-admin")))
                        .path("campaign")
                        .path("noticeWorkingDays")
                        .asInt())
                .isEqualTo(3);
    }

    /**
     * The five cities' phases as their documents give them. 莆应急〔2021〕118号: "决定于2021年12月至2022年10月开展";
     * 自查自改（2021年12月—2022年3月）"自查报告于2022年3月20日前报市应急管理局", 市县检查（2022年4月—5月）"报告于2022年5月27日前
     * 报市局", 省市抽查（2022年6月—9月）, 总结提升（2022年10月）"于2022年9月25日前报送市局"; 临应急发〔2022〕40号 四、时间安排;
     * 泉应急〔2023〕64号; 佛应急〔2023〕70号 三、活动实施步骤; 苏州 7.2 "每年初对机构上年度服务情况开展评定".
     */
    @Test
    void seedCalendarsCarryTheDocumentsPhasesAndPutiansRunsIntoTheNextYear() {
        String query =
                "query($year: Int!) { campaign(year: $year) { startsOn endsOn phases { kind name startsOn endsOn reportDue } } }";
        JsonNode putian = data(post(query, Map.of("year", 2021), KeycloakTokens.accessToken("putian-admin")))
                .path("campaign");
        assertThat(putian.path("startsOn").asString()).isEqualTo("2021-12-01");
        assertThat(putian.path("endsOn").asString()).isEqualTo("2022-10-31");
        List<String> phases = new ArrayList<>();
        putian.path("phases")
                .forEach(p -> phases.add(
                        p.path("kind").asString() + " " + p.path("name").asString() + " "
                                + p.path("startsOn").asString() + ".."
                                + p.path("endsOn").asString() + " due "
                                + (p.path("reportDue").isNull()
                                        ? "-"
                                        : p.path("reportDue").asString())));
        assertThat(phases)
                .containsExactly(
                        "selfCheck 自查自改 2021-12-01..2022-03-31 due 2022-03-20",
                        "inspection 市县检查 2022-04-01..2022-05-31 due 2022-05-27",
                        "rectification 省市抽查（整改） 2022-06-01..2022-09-30 due -",
                        "summary 总结提升 2022-10-01..2022-10-31 due 2022-09-25");
        Map<String, List<String>> expected = Map.of(
                "quanzhou", List.of("自查自改", "检查", "考评公布（8月底前）"),
                "linyi", List.of("自查自评", "检查评估", "分类评定"),
                "suzhou", List.of("年度星级评定（申请、受理、初评、审议、公示、定级、公布）"),
                "foshan", List.of("推荐阶段", "评选阶段", "宣传阶段"));
        Map.of("quanzhou", 2023, "linyi", 2022, "suzhou", 2023, "foshan", 2023).forEach((city, year) -> assertThat(
                        data(post(query, Map.of("year", year), KeycloakTokens.accessToken(city + "-admin")))
                                .path("campaign")
                                .path("phases")
                                .findValuesAsString("name"))
                .as(city)
                .isEqualTo(expected.get(city)));
    }

    @Test
    void inspectorsAndAgencyUsersPickRulesFromTheSchemeTree() {
        String query =
                "{ schemeTree(version: \"2023.1\") { title sections { kind items { number rules { code wording kind points cap takesFindings } } } } }";
        JsonNode tree = data(post(query, KeycloakTokens.accessToken("quanzhou-inspector")))
                .path("schemeTree");
        JsonNode rule = null;
        for (JsonNode section : tree.path("sections")) {
            for (JsonNode item : section.path("items")) {
                for (JsonNode candidate : item.path("rules")) {
                    if (candidate.path("code").asString().equals("14.5a")) {
                        rule = candidate;
                    }
                }
            }
        }
        assertThat(rule).as("rule 14.5a").isNotNull();
        assertThat(rule.path("wording").asString()).contains("标线");
        assertThat(rule.path("kind").asString()).isEqualTo("perOccurrence");
        assertThat(rule.path("points").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(rule.path("cap").decimalValue()).isEqualByComparingTo("2");
        assertThat(tree.path("sections").findValuesAsString("kind")).contains("section", "bonus", "penalty");
        assertThat(data(post(query, KeycloakTokens.accessToken("quanzhou-agency")))
                        .path("schemeTree")
                        .path("title")
                        .asString())
                .isEqualTo(tree.path("title").asString());

        var foreign =
                post("{ schemeTree(version: \"2022.1\") { title } }", KeycloakTokens.accessToken("quanzhou-inspector"));
        assertThat(classification(foreign)).isEqualTo("NOT_FOUND");
        assertThat(data(post(
                                "{ schemeTree(version: \"2022.1\") { title } }",
                                KeycloakTokens.accessToken("linyi-inspector")))
                        .path("schemeTree")
                        .path("title")
                        .asString())
                .startsWith("临沂");
    }

    private GraphQlHttp.Response post(String document, String token) {
        return new GraphQlHttp(port).post(document, token);
    }

    private GraphQlHttp.Response post(String document, Map<String, ?> variables, String token) {
        return new GraphQlHttp(port).post(document, variables, token);
    }
}
