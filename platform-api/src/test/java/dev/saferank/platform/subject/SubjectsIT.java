package dev.saferank.platform.subject;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.spreadsheet.SheetFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Inspected subjects other than agencies and the campaign over two years (issue 17 point 2), from 莆应急〔2021〕118号:
 * "围绕安全培训机构、生产经营单位等2类主体开展专项整治"; "决定于2021年12月至2022年10月开展"; 市县检查 "汇总辖区内检查情况，形成报告于
 * 2022年5月27日前报市局"; 总结提升 "形成书面总结报告，于2022年9月25日前报送市局".
 */
@RealServersTest
class SubjectsIT {

    static final String CHENGXIANG = "350302";
    static final String LICHENG = "350304";
    static final String XIANYOU = "350322";
    static final String FENGZE = "350503";
    static final String HUIAN = "350521";

    static final String SET_CAMPAIGN = "mutation($input: SetCampaignInput!) { setCampaign(input: $input) {"
            + " campaign { year startsOn endsOn phases { seq kind name startsOn endsOn reportDue } }"
            + " errors { field code message } } }";
    static final String REGISTER = "mutation($input: RegisterSubjectInput!) { registerSubject(input: $input) {"
            + " subject { id kind name districtCode districtName } errors { field code message } } }";
    static final String INSPECT =
            "mutation($input: RecordSubjectInspectionInput!) { recordSubjectInspection(input: $input) {"
                    + " inspection { id problems answers { question answer problem measure deadline responsible } }"
                    + " errors { field code message } } }";
    static final String INSPECT_AGENCY = "mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {"
            + " inspection { id } errors { field code message } } }";
    static final String SUMMARY = "query($year: Int!, $phase: Int!) { problemSummary(year: $year, phase: $phase) {"
            + " phase { seq name reportDue } from cutOff produced district problems"
            + " districts { code name inspections subjects problems }"
            + " types { checklistId subject question problems }"
            + " cells { districtCode checklistId question problems } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    GraphQlHttp http;
    TestData data;

    @BeforeEach
    void setUp() {
        http = new GraphQlHttp(port);
        data = new TestData(jdbc, schemes);
    }

    /**
     * The seed's campaign with its four phases in 莆田's calendar, production units registered in two districts
     * and a training institution in a third, inspections from the self-check to October 2022, and the summaries
     * of problems by type and district on the two report days, on the page and in the .xlsx.
     */
    @Test
    void putianSummariesOnTheSeedsReportDaysCountEachProblemOnce() throws Exception {
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        putianDistricts();
        JsonNode campaign = gql(SET_CAMPAIGN, Map.of("input", putianCampaign(List.of())), "putian-admin")
                .path("setCampaign");
        assertThat(campaign.path("errors").size()).as("%s", campaign).isZero();
        assertThat(campaign.path("campaign").path("phases").findValuesAsString("name"))
                .containsExactly("自查自改", "市县检查", "省市抽查（整改）", "总结提升");

        long chemical = register("production-unit", "莆田某化工有限公司", CHENGXIANG, "危险化学品", "putian-inspector");
        long fireworks = register("production-unit", "仙游某烟花爆竹有限公司", XIANYOU, "烟花爆竹", "putian-admin");
        long institution = data.agency("putian", "荔城某安全培训机构" + System.nanoTime(), "training");
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('putian', ?, ?)",
                institution,
                LICHENG);

        // (1) 自查自改: the chemical plant's own check, 2022-03-01, 附件2 4 是 → 1 problem (城厢区)
        inspect(chemical, "2022-03-01", "selfInspection", answer("4", "是", rectification("如实记录培训档案", "2022-03-31")));
        // (2) 市县检查 2022-04-15 at the chemical plant: 1 是, 2 是, 3 否, 4 否 → 2 problems (城厢区)
        inspect(
                chemical,
                "2022-04-15",
                "specialCampaign",
                answer("1", "是", rectification("制定年度培训计划", "2022-05-15")),
                answer("2", "是", null),
                answer("3", "否", null),
                answer("4", "否", null));
        // (3) 2022-05-20 at the fireworks maker: 1 是, 2 否, 4 是 → 2 problems (仙游县)
        inspect(
                fireworks,
                "2022-05-20",
                "specialCampaign",
                answer("1", "是", null),
                answer("2", "否", null),
                answer("4", "是", null));
        // (4) 2022-04-20 the training institution, 附件1: 1 是, 5 是 (narrative: never a problem), 6 否 (a duty not
        // done: 否 is the problem) → 2 problems (荔城区)
        JsonNode agencyInspection = gql(
                        INSPECT_AGENCY,
                        Map.of(
                                "input",
                                Map.of(
                                        "agencyId",
                                        institution,
                                        "year",
                                        2021,
                                        "checklistId",
                                        "training-institution",
                                        "inspectedOn",
                                        "2022-04-20",
                                        "source",
                                        "specialCampaign",
                                        "answers",
                                        List.of(
                                                answer("1", "是", null),
                                                answer("5", "是", null),
                                                answer("6", "否", null)))),
                        "putian-inspector")
                .path("recordInspection");
        assertThat(agencyInspection.path("errors").size())
                .as("an inspection of scheme year 2021 dated April 2022, inside the campaign: %s", agencyInspection)
                .isZero();
        // (5) 省市抽查 2022-06-10 at the fireworks maker: 2 是 → 1 problem, after 5/27, before 9/25 (仙游县)
        inspect(fireworks, "2022-06-10", "spotCheck", answer("2", "是", null));
        // (6) 2022-10-10 at the chemical plant: 3 是 → 1 problem, after 9/25: in neither summary
        inspect(chemical, "2022-10-10", "spotCheck", answer("3", "是", null));

        // 市县检查, report due 2022-05-27: (1)+(2)+(3)+(4):
        //   城厢区 production-unit 1: 1, 2: 1, 4: 1 = 3 problems, 2 inspections of 1 unit
        //   仙游县 production-unit 1: 1, 4: 1 = 2 problems, 1 inspection
        //   荔城区 training-institution 1: 1, 6: 1 = 2 problems, 1 inspection
        JsonNode may =
                gql(SUMMARY, Map.of("year", 2021, "phase", 2), "putian-admin").path("problemSummary");
        assertThat(may.path("cutOff").asString()).isEqualTo("2022-05-27");
        assertThat(may.path("from").asString()).isEqualTo("2021-12-01");
        assertThat(may.path("produced").asBoolean()).isTrue();
        assertThat(cells(may))
                .containsExactly(
                        CHENGXIANG + " production-unit 1 = 1",
                        CHENGXIANG + " production-unit 2 = 1",
                        CHENGXIANG + " production-unit 4 = 1",
                        LICHENG + " training-institution 1 = 1",
                        LICHENG + " training-institution 6 = 1",
                        XIANYOU + " production-unit 1 = 1",
                        XIANYOU + " production-unit 4 = 1");
        assertThat(districts(may))
                .containsExactly(
                        "城厢区 inspections 2 subjects 1 problems 3",
                        "荔城区 inspections 1 subjects 1 problems 2",
                        "仙游县 inspections 1 subjects 1 problems 2");

        // 总结提升, report due 2022-09-25: + (5) 仙游县 production-unit 2: 1 → 仙游县 3 problems, 2 inspections;
        // (6) of 2022-10-10 is after the day
        JsonNode september =
                gql(SUMMARY, Map.of("year", 2021, "phase", 4), "putian-admin").path("problemSummary");
        assertThat(september.path("cutOff").asString()).isEqualTo("2022-09-25");
        assertThat(cells(september))
                .containsExactly(
                        CHENGXIANG + " production-unit 1 = 1",
                        CHENGXIANG + " production-unit 2 = 1",
                        CHENGXIANG + " production-unit 4 = 1",
                        LICHENG + " training-institution 1 = 1",
                        LICHENG + " training-institution 6 = 1",
                        XIANYOU + " production-unit 1 = 1",
                        XIANYOU + " production-unit 2 = 1",
                        XIANYOU + " production-unit 4 = 1");
        assertThat(districts(september))
                .containsExactly(
                        "城厢区 inspections 2 subjects 1 problems 3",
                        "荔城区 inspections 1 subjects 1 problems 2",
                        "仙游县 inspections 2 subjects 1 problems 3");

        // the .xlsx of 5/27: sheet 按区县 with the same rows (city-wide; other tests' agencies without a single
        // district would be under 跨区县, not in these rows)
        var file = SheetFiles.get(
                port,
                "/exports/problem-summary.xlsx?year=2021&phase=2",
                KeycloakTokens.accessToken("putian-inspector"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains(java.net.URLEncoder.encode("问题汇总", StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(rows(workbook, "按区县"))
                    .contains("城厢区|2|1|3|2021-12-01 至 2022-05-27|市县检查", "仙游县|1|1|2|2021-12-01 至 2022-05-27|市县检查");
            assertThat(rows(workbook, "按区县和问题类型"))
                    .contains(
                            "城厢区|生产经营单位|production-unit|1|是否存在未制定本单位安全生产培训计划、未按计划实施培训的情况。|1",
                            "荔城区|安全培训机构|training-institution|6|是否在培训网站等平台公布告知全国统一的“特种作业操作证及安全生产知识和管理能力考核合格信息查询平台”（网址http://cx.mem.gov.cn），将该网址部署宣传至所有参训人员，并公布市局的举报查询电话。|1");
        }
        var unknown = SheetFiles.get(
                port,
                "/exports/problem-summary.xlsx?year=2021&phase=9",
                KeycloakTokens.accessToken("putian-inspector"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).isEqualTo("2021 年度工作日历中没有第 9 个工作阶段");
        var agencyUser = SheetFiles.get(
                port, "/exports/problem-summary.xlsx?year=2021&phase=2", KeycloakTokens.accessToken("putian-agency"));
        assertThat(agencyUser.statusCode()).isEqualTo(403);
    }

    /** A checklist answered for the wrong kind of subject, a day outside the campaign, a phase outside it: refused in Chinese, nothing written. */
    @Test
    void wrongKindsAndDaysOutsideTheCampaignAreRefusedAndWriteNothing() {
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        putianDistricts();
        gql(SET_CAMPAIGN, Map.of("input", putianCampaign(List.of())), "putian-admin");
        long unit = register("production-unit", "涵江某金属冶炼厂", "350303", "金属冶炼", "putian-inspector");

        JsonNode wrongKind = recordInspection(unit, "training-institution", "2022-04-15", answer("1", "是", null));
        JsonNode late = recordInspection(unit, "production-unit", "2022-11-01", answer("1", "是", null));
        JsonNode phaseOutside = gql(
                        SET_CAMPAIGN,
                        Map.of(
                                "input",
                                putianCampaign(List.of(Map.of(
                                        "kind",
                                        "summary",
                                        "name",
                                        "总结提升",
                                        "startsOn",
                                        "2022-10-01",
                                        "endsOn",
                                        "2022-11-30")))),
                        "putian-admin")
                .path("setCampaign");

        assertThat(wrongKind.path("errors").findValuesAsString("code")).containsExactly("WRONG_SUBJECT_KIND");
        assertThat(wrongKind.path("errors").get(0).path("message").asString())
                .isEqualTo("检查表“training-institution”的检查对象是安全培训机构，不能用于生产经营单位“涵江某金属冶炼厂”");
        assertThat(late.path("errors").findValuesAsString("field")).containsExactly("input.inspectedOn");
        assertThat(late.path("errors").get(0).path("message").asString())
                .isEqualTo("检查日期（2022-11-01）须在专项整治期间 2021-12-01 至 2022-10-31 内");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subject_inspection WHERE tenant_id = 'putian' AND subject_id = ?",
                        Integer.class,
                        unit))
                .isZero();
        assertThat(phaseOutside.path("errors").findValuesAsString("field")).contains("input.phases[4].endsOn");
        assertThat(phaseOutside.path("errors").findValuesAsString("message"))
                .contains("阶段“总结提升”的结束日期 2022-11-30 不在专项整治期间 2021-12-01 至 2022-10-31 内");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM campaign_phase WHERE tenant_id = 'putian' AND year = 2021",
                        Integer.class))
                .isEqualTo(4);

        JsonNode invalid = gql(
                        REGISTER,
                        Map.of(
                                "input",
                                Map.of(
                                        "kind", "agency",
                                        "name", " ",
                                        "creditCode", "91350300MA2Y00000X",
                                        "districtCode", "999999")),
                        "putian-admin")
                .path("registerSubject");
        assertThat(invalid.path("errors").findValuesAsString("field"))
                .containsExactly("input.kind", "input.name", "input.creditCode", "input.districtCode");
        assertThat(invalid.path("errors").get(0).path("message").asString())
                .isEqualTo("检查对象类别须为：生产经营单位（production-unit）");
    }

    /**
     * Districts and tenants: 泉州 (with 莆田's checklists re-issued as its own for a year of the test's) has county
     * bureaus; 丰泽区's staff register and see their district's subjects only, and 莆田 sees nothing of 泉州's.
     */
    @Test
    void aCountySeesAndActsOnItsOwnDistrictOnlyAndCitiesNeverSeeEachOther() {
        int year = 2041;
        quanzhouWithProductionUnits(year);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', ?, '丰泽区')", FENGZE);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', ?, '惠安县')", HUIAN);
        Map<String, Object> campaign = new HashMap<>(Map.of(
                "year",
                year,
                "startsOn",
                year + "-12-01",
                "endsOn",
                (year + 1) + "-10-31",
                "phases",
                List.of(Map.of(
                        "kind",
                        "inspection",
                        "name",
                        "县区检查",
                        "startsOn",
                        (year + 1) + "-04-01",
                        "endsOn",
                        (year + 1) + "-05-31",
                        "reportDue",
                        (year + 1) + "-05-27"))));
        assertThat(gql(SET_CAMPAIGN, Map.of("input", campaign), "quanzhou-admin")
                        .path("setCampaign")
                        .path("errors")
                        .size())
                .isZero();

        long fengze = register("production-unit", "丰泽某化工厂", FENGZE, null, "quanzhou-fengze-admin");
        JsonNode outside = gql(REGISTER, Map.of("input", subject("惠安越界登记厂", HUIAN)), "quanzhou-fengze-admin")
                .path("registerSubject");
        long huian = register("production-unit", "惠安某化工厂", HUIAN, null, "quanzhou-inspector");
        inspectAs(fengze, year, (year + 1) + "-04-10", "quanzhou-fengze-inspector", answer("1", "是", null));
        inspectAs(huian, year, (year + 1) + "-04-11", "quanzhou-inspector", answer("2", "是", null));
        JsonNode foreignInspection = recordInspectionAs(
                huian,
                year,
                "production-unit",
                (year + 1) + "-04-12",
                "quanzhou-fengze-inspector",
                answer("1", "是", null));

        assertThat(outside.path("errors").findValuesAsString("code")).containsExactly("OUTSIDE_DISTRICT");
        assertThat(names(gql("{ subjects { name districtCode } }", Map.of(), "quanzhou-fengze-admin")))
                .contains("丰泽某化工厂")
                .doesNotContain("惠安某化工厂", "惠安越界登记厂");
        assertThat(names(gql("{ subjects { name districtCode } }", Map.of(), "quanzhou-admin")))
                .contains("丰泽某化工厂", "惠安某化工厂");
        assertThat(http.post(
                                "{ subjects(district: \"" + HUIAN + "\") { name } }",
                                KeycloakTokens.accessToken("quanzhou-fengze-admin"))
                        .body()
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .contains("区县用户只能查看本辖区（350503）的检查对象");
        assertThat(gql(
                                "query($id: ID!) { subject(id: $id) { name } }",
                                Map.of("id", huian),
                                "quanzhou-fengze-inspector",
                                true)
                        .path("subject")
                        .isNull())
                .isTrue();
        assertThat(foreignInspection.path("errors").findValuesAsString("field")).containsExactly("input.subjectId");

        // 丰泽区's summary: its own district only (1 problem); the city's: both districts (1 + 1)
        JsonNode county = gql(SUMMARY, Map.of("year", year, "phase", 1), "quanzhou-fengze-admin")
                .path("problemSummary");
        JsonNode city =
                gql(SUMMARY, Map.of("year", year, "phase", 1), "quanzhou-admin").path("problemSummary");
        assertThat(county.path("district").asString()).isEqualTo(FENGZE);
        assertThat(cells(county)).containsExactly(FENGZE + " production-unit 1 = 1");
        assertThat(cells(city)).containsExactly(FENGZE + " production-unit 1 = 1", HUIAN + " production-unit 2 = 1");

        // 莆田's staff never see 泉州's subjects
        assertThat(gql("query($id: ID!) { subject(id: $id) { name } }", Map.of("id", fengze), "putian-admin", true)
                        .path("subject")
                        .isNull())
                .isTrue();
        assertThat(names(gql("{ subjects { name districtCode } }", Map.of(), "putian-admin")))
                .doesNotContain("丰泽某化工厂", "惠安某化工厂");
        assertThat(recordInspectionAs(
                                fengze,
                                2021,
                                "production-unit",
                                "2022-04-01",
                                "putian-inspector",
                                answer("1", "是", null))
                        .path("errors")
                        .findValuesAsString("field"))
                .contains("input.subjectId");
    }

    // --- fixtures

    private void putianDistricts() {
        data.tenant("putian");
        Map.of(CHENGXIANG, "城厢区", "350303", "涵江区", LICHENG, "荔城区", XIANYOU, "仙游县")
                .forEach((code, name) -> jdbc.update(
                        "INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('putian', ?, ?)", code, name));
    }

    /** 莆田's calendar as the seed gives it (SeedCities), with extra phases appended. */
    private static Map<String, Object> putianCampaign(List<Map<String, Object>> extra) {
        List<Map<String, Object>> phases = new ArrayList<>(List.of(
                phase("selfCheck", "自查自改", "2021-12-01", "2022-03-31", "2022-03-20"),
                phase("inspection", "市县检查", "2022-04-01", "2022-05-31", "2022-05-27"),
                phase("rectification", "省市抽查（整改）", "2022-06-01", "2022-09-30", null),
                phase("summary", "总结提升", "2022-10-01", "2022-10-31", "2022-09-25")));
        phases.addAll(extra);
        Map<String, Object> input = new HashMap<>();
        input.put("year", 2021);
        input.put("startsOn", "2021-12-01");
        input.put("endsOn", "2022-10-31");
        input.put("selfCheckStart", "2021-12-01");
        input.put("selfCheckEnd", "2022-03-31");
        input.put("inspectionStart", "2022-04-01");
        input.put("inspectionEnd", "2022-05-31");
        input.put("phases", phases);
        return input;
    }

    private static Map<String, Object> phase(String kind, String name, String starts, String ends, String due) {
        Map<String, Object> phase = new HashMap<>();
        phase.put("kind", kind);
        phase.put("name", name);
        phase.put("startsOn", starts);
        phase.put("endsOn", ends);
        phase.put("reportDue", due);
        return phase;
    }

    /** 莆田's scheme re-issued as 泉州's own for a year of the test's (its checklists, production units included). */
    private void quanzhouWithProductionUnits(int year) {
        data.tenant("quanzhou");
        if (schemes.active("quanzhou", year).isPresent()) {
            return;
        }
        String source;
        try (var in = getClass().getClassLoader().getResourceAsStream("tenants/putian/putian-2021.yaml")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        source = source.replaceFirst("(?m)^tenant: putian", "tenant: quanzhou")
                .replaceFirst("(?m)^year: \\d+", "year: " + year)
                .replaceFirst("(?m)^version: .*$", "version: \"" + year + ".1\"");
        var version = schemes.upload("quanzhou", source, "test");
        schemes.activate("quanzhou", year, version.version(), "test");
    }

    private static Map<String, Object> subject(String name, String district) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "production-unit");
        input.put("name", name);
        input.put("creditCode", TestData.uniqueCreditCode());
        input.put("districtCode", district);
        return input;
    }

    private long register(String kind, String name, String district, String industry, String user) {
        Map<String, Object> input = subject(name, district);
        input.put("kind", kind);
        input.put("industry", industry);
        JsonNode payload = gql(REGISTER, Map.of("input", input), user).path("registerSubject");
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
        return payload.path("subject").path("id").asLong();
    }

    @SafeVarargs
    private void inspect(long subject, String day, String source, Map<String, Object>... answers) {
        JsonNode payload =
                recordInspectionAs(subject, 2021, "production-unit", day, source, "putian-inspector", answers);
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
    }

    @SafeVarargs
    private void inspectAs(long subject, int year, String day, String user, Map<String, Object>... answers) {
        JsonNode payload = recordInspectionAs(subject, year, "production-unit", day, "specialCampaign", user, answers);
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
    }

    @SafeVarargs
    private JsonNode recordInspection(long subject, String checklist, String day, Map<String, Object>... answers) {
        return recordInspectionAs(subject, 2021, checklist, day, "specialCampaign", "putian-inspector", answers);
    }

    @SafeVarargs
    private JsonNode recordInspectionAs(
            long subject, int year, String checklist, String day, String user, Map<String, Object>... answers) {
        return recordInspectionAs(subject, year, checklist, day, "specialCampaign", user, answers);
    }

    @SafeVarargs
    private JsonNode recordInspectionAs(
            long subject,
            int year,
            String checklist,
            String day,
            String source,
            String user,
            Map<String, Object>... answers) {
        Map<String, Object> input = new HashMap<>();
        input.put("subjectId", subject);
        input.put("year", year);
        input.put("checklistId", checklist);
        input.put("inspectedOn", day);
        input.put("source", source);
        input.put("answers", List.of(answers));
        return gql(INSPECT, Map.of("input", input), user).path("recordSubjectInspection");
    }

    private static Map<String, Object> answer(String question, String answer, Map<String, Object> rectification) {
        Map<String, Object> input = new HashMap<>();
        input.put("question", question);
        input.put("answer", answer);
        input.put("rectification", rectification);
        return input;
    }

    private static Map<String, Object> rectification(String measure, String deadline) {
        return Map.of("measure", measure, "deadline", deadline, "responsible", "张三");
    }

    private JsonNode gql(String document, Map<String, ?> variables, String user) {
        return gql(document, variables, user, false);
    }

    private JsonNode gql(String document, Map<String, ?> variables, String user, boolean errorsExpected) {
        JsonNode body =
                http.post(document, variables, KeycloakTokens.accessToken(user)).body();
        if (!errorsExpected) {
            assertThat(body.path("errors").isMissingNode()).as("%s", body).isTrue();
        }
        return body.path("data");
    }

    private static List<String> names(JsonNode data) {
        return data.path("subjects").findValuesAsString("name");
    }

    /** The cells of a summary in the districts of this test ("code checklist question = problems"). */
    private static List<String> cells(JsonNode summary) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : summary.path("cells")) {
            String code = c.path("districtCode").asString();
            if (List.of(CHENGXIANG, LICHENG, XIANYOU, FENGZE, HUIAN).contains(code)) {
                out.add(code + " " + c.path("checklistId").asString() + " "
                        + c.path("question").asString() + " = "
                        + c.path("problems").asInt());
            }
        }
        return out;
    }

    private static List<String> districts(JsonNode summary) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : summary.path("districts")) {
            if (List.of(CHENGXIANG, LICHENG, XIANYOU).contains(d.path("code").asString())) {
                out.add(d.path("name").asString() + " inspections "
                        + d.path("inspections").asInt() + " subjects "
                        + d.path("subjects").asInt() + " problems "
                        + d.path("problems").asInt());
            }
        }
        return out;
    }

    private static List<String> rows(XSSFWorkbook workbook, String sheet) {
        var formatter = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (var row : workbook.getSheet(sheet)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(formatter.formatCellValue(row.getCell(i)));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }
}
