package dev.saferank.platform.county;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A county bureau's own rating and publication, filed with the city (issue 17 point 1). The seed, 泉应急〔2023〕64号
 * 五(二): "县级应急管理部门……参照“泉州市安全生产标准化专业技术服务机构诚信考评表”（附件5），对专业技术服务机构进行一次全方位的综合
 * 评价，评出服务好的机构10-20家，服务差的机构10家，8月底前在本局官网、当地主流媒体等公布评价结果……各县（市、区）的评价结果请一并
 * 报送市应急局工作专班备案". 丰泽区 (350503) rates its district in 2033, a year no other test rates (泉州's 2023 scheme
 * re-dated): only this test's agencies did business in 2033, every other agency of 丰泽 is left out by 注3
 * "全年未开展业务的服务机构不参与考评和排名".
 */
@RealServersTest
class CountyRatingIT {

    static final int YEAR = 2033;
    static final String FENGZE = "350503";
    static final String HUIAN = "350521";
    static final String KUNSHAN = "320583";
    static final String PREFIX = "县评";

    static final String RATE = "mutation($input: RateCountyInput!) { rateCounty(input: $input) {"
            + " rating { id status districtCode districtName agencies ranked incomplete checksum }"
            + " errors { field code message } } }";
    static final String FILE = "mutation($input: FileCountyRatingInput!) { fileCountyRating(input: $input) {"
            + " rating { id status filedBy filedAt supersedesId } errors { field code message } } }";
    static final String RATING = "query($id: ID!) { countyRating(id: $id) { id status districtName filedBy"
            + " supersededById entries { agencyName creditCode total grade rank exclusion problems lists }"
            + " lists { code title agencies { agencyName total rank } } } }";
    static final String PUBLIC = "query($t: ID!, $y: Int!) { publicCountyRatings(tenant: $t, year: $y) { id"
            + " districtCode districtName year filedAt checksum lists { title wording agencies { agencyName creditCode"
            + " total grade rank } } } }";
    static final String OF_YEAR = "query($year: Int!) { countyRatings(year: $year) { id status districtCode"
            + " districtName filedBy supersedesId supersededById } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    TestData data;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        data = new TestData(jdbc, schemes);
        data.activeSeedSchemeFor("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", YEAR);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', ?, '丰泽区')", FENGZE);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('quanzhou', ?, '惠安县')", HUIAN);
        // a rerun of this test: the agencies of the last run leave the population
        jdbc.update(
                "UPDATE agency SET status = 'withdrawn' WHERE tenant_id = 'quanzhou' AND name LIKE ? AND status = 'active'",
                PREFIX + "%");
    }

    /**
     * Thirteen agencies of 丰泽 with business in 2033, each with 3 registered engineers (第3项: 6 × max(0, 3 − 3) = 0
     * off) and i confirmed findings (i = 0…12): 第13项 13.1 "查到一处不符合扣1分" for the first 6, 第16项 16.1 (the same
     * wording, 1 each) for the rest, both within their 6-point items: total = 100 − i. Bands (注2 "90分以上为优秀, 80分
     * 以上为良好"): 100 … 90 (i = 0…10) 优秀, 89 and 88 良好. Ranks 1…13 (no ties).
     *
     * <p>服务好的机构 "10-20家", grades 优秀: 11 优秀 → max(10, 11) = 11, at most 20 → ranks 1–11 (100 … 90).
     * 服务差的机构 "10家": the ten lowest would be ranks 4–13 (97 … 88), but an agency is never named on both lists
     * (PublicationLists, SCHEME-FORMAT.md): ranks 4–11 qualify for 服务好 by grade and stay there only, so 服务差
     * names ranks 12 and 13 (88, 89), listed worst first.
     */
    @Test
    void aCountyRatesItsDistrictAndFilesItsListsWithTheCityWhichSeesThemAsFiled() {
        String run = Long.toString(System.nanoTime());
        List<Long> ranked = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            long agency = agency(PREFIX + "丰泽" + i + "-" + run, FENGZE, 3, true);
            findings(agency, "13.1", Math.min(i, 6));
            findings(agency, "16.1", Math.max(0, i - 6));
            ranked.add(agency);
        }
        agency(PREFIX + "丰泽无业务-" + run, FENGZE, 3, false);
        agency(PREFIX + "惠安-" + run, HUIAN, 3, true);

        JsonNode rated = rate("quanzhou-fengze-admin", YEAR);
        assertThat(rated.path("errors").size()).as(rated.toString()).isZero();
        String id = rated.path("rating").path("id").asString();
        assertThat(rated.path("rating").path("status").asString()).isEqualTo("draft");
        assertThat(rated.path("rating").path("districtName").asString()).isEqualTo("丰泽区");
        assertThat(rated.path("rating").path("ranked").asInt()).isEqualTo(13);
        assertThat(rated.path("rating").path("incomplete").asInt()).isZero();

        JsonNode rating =
                api.data("quanzhou-fengze-inspector", RATING, Map.of("id", id)).path("countyRating");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        rating.path("entries").forEach(e -> byName.put(e.path("agencyName").asString(), e));
        for (int i = 0; i <= 12; i++) {
            JsonNode e = byName.get(PREFIX + "丰泽" + i + "-" + run);
            assertThat(e.path("total").decimalValue())
                    .as("agency %d", i)
                    .isEqualByComparingTo(Integer.toString(100 - i));
            assertThat(e.path("rank").asInt()).as("agency %d", i).isEqualTo(i + 1);
            assertThat(e.path("grade").asString()).isEqualTo(i <= 10 ? "优秀" : "良好");
            assertThat(e.path("creditCode").asString()).hasSize(18);
            List<String> lists = new ArrayList<>();
            e.path("lists").forEach(l -> lists.add(l.asString()));
            List<String> expected = new ArrayList<>();
            if (i <= 10) {
                expected.add("best");
            }
            // the 10 worst are ranks 4–13, but an agency is never named on both lists (PublicationLists): ranks
            // 4–11 are in the best list's cut with a grade it names (优秀), so only ranks 12 and 13 are 服务差
            if (i >= 11) {
                expected.add("worst");
            }
            assertThat(lists).as("agency %d", i).isEqualTo(expected);
        }
        // no business in 2033: 不参与考评和排名
        JsonNode idle = byName.get(PREFIX + "丰泽无业务-" + run);
        assertThat(idle.path("exclusion").asString()).isEqualTo("E1");
        assertThat(idle.path("rank").isNull()).isTrue();
        // 惠安's agency is not 丰泽's
        assertThat(byName).doesNotContainKey(PREFIX + "惠安-" + run);
        JsonNode best = rating.path("lists").get(0);
        assertThat(best.path("title").asString()).isEqualTo("服务好的机构");
        assertThat(best.path("agencies").size()).isEqualTo(11);
        assertThat(best.path("agencies").get(10).path("total").decimalValue()).isEqualByComparingTo("90");
        JsonNode worst = rating.path("lists").get(1);
        assertThat(worst.path("title").asString()).isEqualTo("服务差的机构");
        assertThat(worst.path("agencies").size()).isEqualTo(2);
        assertThat(worst.path("agencies").get(0).path("total").decimalValue()).isEqualByComparingTo("88");
        assertThat(worst.path("agencies").get(1).path("total").decimalValue()).isEqualByComparingTo("89");

        // a draft is the county's: the city does not see it yet
        assertThat(ids(api.data("quanzhou-admin", OF_YEAR, Map.of("year", YEAR))))
                .doesNotContain(id);
        assertThat(api.data("quanzhou-admin", RATING, Map.of("id", id))
                        .path("countyRating")
                        .isNull())
                .isTrue();

        // another county acting on 丰泽's rating: refused by field, in Chinese, nothing written; and it cannot read it
        JsonNode outside = file("quanzhou-huian-admin", id);
        assertThat(outside.path("errors").get(0).path("field").asString()).isEqualTo("input.id");
        assertThat(outside.path("errors").get(0).path("code").asString()).isEqualTo("OUTSIDE_DISTRICT");
        assertThat(outside.path("errors").get(0).path("message").asString()).contains("区县用户只能");
        assertThat(status(id)).isEqualTo("draft");
        assertThat(api.data("quanzhou-huian-admin", RATING, Map.of("id", id))
                        .path("countyRating")
                        .isNull())
                .isTrue();
        // a county inspector does not publish; nor does the city publish in the county's name
        assertThat(api.errorClass("quanzhou-fengze-inspector", FILE, Map.of("input", Map.of("id", id))))
                .isEqualTo("FORBIDDEN");
        assertThat(api.errorClass("quanzhou-admin", FILE, Map.of("input", Map.of("id", id))))
                .isEqualTo("FORBIDDEN");
        assertThat(status(id)).isEqualTo("draft");

        // 丰泽 publishes and files: the city sees it as filed, with the lists as rated
        JsonNode filed = file("quanzhou-fengze-admin", id);
        assertThat(filed.path("errors").size()).as(filed.toString()).isZero();
        assertThat(filed.path("rating").path("status").asString()).isEqualTo("filed");
        assertThat(filed.path("rating").path("filedBy").asString()).isEqualTo("quanzhou-fengze-admin");
        JsonNode cityView = api.data("quanzhou-admin", RATING, Map.of("id", id)).path("countyRating");
        assertThat(cityView.path("status").asString()).isEqualTo("filed");
        assertThat(cityView.path("districtName").asString()).isEqualTo("丰泽区");
        assertThat(cityView.path("lists").get(0).path("agencies").size()).isEqualTo(11);
        assertThat(cityView.path("lists").get(1).path("agencies").size()).isEqualTo(2);
        assertThat(ids(api.data("quanzhou-inspector", OF_YEAR, Map.of("year", YEAR))))
                .contains(id);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_record WHERE tenant_id = 'quanzhou' AND action = 'COUNTY_RATING_FILED'"
                                + " AND target_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);

        // filed once: a second filing is refused and changes nothing
        JsonNode again = file("quanzhou-fengze-admin", id);
        assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("ALREADY_FILED");

        // a re-rating filed later supersedes the earlier filing; the city sees both, the chain named
        String second =
                rate("quanzhou-fengze-admin", YEAR).path("rating").path("id").asString();
        JsonNode refiled = file("quanzhou-fengze-admin", second);
        assertThat(refiled.path("rating").path("supersedesId").asString()).isEqualTo(id);
        JsonNode first = api.data("quanzhou-admin", RATING, Map.of("id", id)).path("countyRating");
        assertThat(first.path("supersededById").asString()).isEqualTo(second);
        // the earlier draft cannot be filed over the newer filing
        String stale =
                rate("quanzhou-fengze-admin", YEAR).path("rating").path("id").asString();
        String newest =
                rate("quanzhou-fengze-admin", YEAR).path("rating").path("id").asString();
        assertThat(file("quanzhou-fengze-admin", newest).path("errors").size()).isZero();
        JsonNode older = file("quanzhou-fengze-admin", stale);
        assertThat(older.path("errors").get(0).path("code").asString()).isEqualTo("OLDER_THAN_FILED");
        assertThat(status(stale)).isEqualTo("draft");

        // the public site (no sign-in) shows what the county published: its latest filing only, the public lists
        // with the 统一社会信用代码, the same 11 + 2 agencies; never a draft, nothing of it under another city
        JsonNode published = new GraphQlHttp(port)
                .post(PUBLIC, Map.of("t", "quanzhou", "y", YEAR), null)
                .body()
                .path("data")
                .path("publicCountyRatings");
        List<JsonNode> fengze = new ArrayList<>();
        published.forEach(r -> {
            if (r.path("districtCode").asString().equals(FENGZE)) {
                fengze.add(r);
            }
        });
        assertThat(fengze).hasSize(1);
        JsonNode shown = fengze.getFirst();
        assertThat(shown.path("id").asString()).isEqualTo(newest);
        assertThat(shown.path("districtName").asString()).isEqualTo("丰泽区");
        assertThat(shown.path("lists").findValuesAsString("title")).containsExactly("服务好的机构", "服务差的机构");
        assertThat(shown.path("lists").get(0).path("agencies").size()).isEqualTo(11);
        assertThat(shown.path("lists")
                        .get(0)
                        .path("agencies")
                        .get(0)
                        .path("total")
                        .decimalValue())
                .isEqualByComparingTo("100");
        assertThat(shown.path("lists")
                        .get(0)
                        .path("agencies")
                        .get(0)
                        .path("creditCode")
                        .asString())
                .hasSize(18);
        assertThat(shown.path("lists")
                        .get(1)
                        .path("agencies")
                        .get(0)
                        .path("total")
                        .decimalValue())
                .isEqualByComparingTo("88");
        assertThat(shown.toString()).doesNotContain("agencyId", "problems");
        assertThat(new GraphQlHttp(port)
                        .post(PUBLIC, Map.of("t", "suzhou", "y", YEAR), null)
                        .body()
                        .path("data")
                        .path("publicCountyRatings")
                        .findValuesAsString("districtCode"))
                .doesNotContain(FENGZE);
    }

    /**
     * 苏州 7.2 "县级市（区）应急管理部门……每年初对机构上年度服务情况开展评定": 姑苏区 rates under 苏州's 附录A, whose 第19项
     * 满意度测评 "由县级市（区）应急管理部门、区镇（街道）应急管理部门和被服务企业分别进行测评，取平均分" needs the three groups'
     * measurements. An agency without them is kept with what is missing, unranked, and the rating cannot be published
     * and filed until the facts are complete: a Chinese refusal naming the field, the rating still a draft.
     */
    @Test
    void aRatingWithIncompleteFactsIsNotFiled() {
        data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", YEAR);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('suzhou', '320508', '姑苏区')");
        long agency = data.agency("suzhou", PREFIX + "姑苏-" + System.nanoTime(), "consulting");
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('suzhou', ?, '320508')",
                agency);

        JsonNode rated = rate("suzhou-gusu-admin", YEAR);
        assertThat(rated.path("errors").size()).as(rated.toString()).isZero();
        String id = rated.path("rating").path("id").asString();
        assertThat(rated.path("rating").path("districtName").asString()).isEqualTo("姑苏区");
        assertThat(rated.path("rating").path("incomplete").asInt()).isPositive();
        JsonNode entry = null;
        for (JsonNode e : api.data("suzhou-gusu-admin", RATING, Map.of("id", id))
                .path("countyRating")
                .path("entries")) {
            if (e.path("agencyName").asString().startsWith(PREFIX + "姑苏-")
                    && jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM agency WHERE id = ? AND name = ?",
                                    Integer.class,
                                    agency,
                                    e.path("agencyName").asString())
                            == 1) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("rank").isNull()).isTrue();
        assertThat(entry.path("total").isNull()).isTrue();
        assertThat(entry.path("problems").asString()).isNotBlank();

        JsonNode refused = file("suzhou-gusu-admin", id);
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.id");
        assertThat(refused.path("errors").get(0).path("code").asString()).isEqualTo("FACTS_INCOMPLETE");
        assertThat(refused.path("errors").get(0).path("message").asString()).contains("家机构考评数据不完整");
        assertThat(status(id)).isEqualTo("draft");
    }

    /** Bad input: a Chinese error naming the field, and not a row written. */
    @Test
    void badInputIsRefusedInChineseAndWritesNothing() {
        data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", YEAR);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES ('suzhou', ?, '昆山市')", KUNSHAN);
        // 昆山 has no agency of its own in this test database
        jdbc.update(
                "UPDATE agency SET status = 'withdrawn' WHERE tenant_id = 'suzhou' AND status = 'active' AND id IN"
                        + " (SELECT agency_id FROM agency_district WHERE tenant_id = 'suzhou' AND district_code = ?)",
                KUNSHAN);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM county_rating", Integer.class);

        JsonNode empty = rate("suzhou-kunshan-admin", YEAR);
        assertThat(empty.path("errors").get(0).path("field").asString()).isEqualTo("input.year");
        assertThat(empty.path("errors").get(0).path("code").asString()).isEqualTo("NO_AGENCIES");
        assertThat(empty.path("errors").get(0).path("message").asString()).isEqualTo("本辖区（昆山市）没有在册的服务机构，无法评定");

        JsonNode noScheme = rate("quanzhou-fengze-admin", 2099);
        assertThat(noScheme.path("errors").get(0).path("code").asString()).isEqualTo("NO_ACTIVE_SCHEME");
        assertThat(noScheme.path("errors").get(0).path("message").asString()).contains("2099 年度市局没有启用的考评方案");

        JsonNode badYear = rate("quanzhou-fengze-admin", 1999);
        assertThat(badYear.path("errors").get(0).path("code").asString()).isEqualTo("INVALID_YEAR");

        JsonNode missing = file("quanzhou-fengze-admin", "987654321");
        assertThat(missing.path("errors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(missing.path("errors").get(0).path("message").asString()).isEqualTo("未找到该评定");

        // the city's staff do not rate in a county's name
        assertThat(api.errorClass("quanzhou-admin", RATE, Map.of("input", Map.of("year", YEAR))))
                .isEqualTo("FORBIDDEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM county_rating", Integer.class))
                .isEqualTo(before);
    }

    private JsonNode rate(String user, int year) {
        return api.data(user, RATE, Map.of("input", Map.of("year", year))).path("rateCounty");
    }

    private JsonNode file(String user, String id) {
        return api.data(user, FILE, Map.of("input", Map.of("id", id))).path("fileCountyRating");
    }

    private String status(String id) {
        return jdbc.queryForObject("SELECT status FROM county_rating WHERE id = ?", String.class, Long.parseLong(id));
    }

    private static List<String> ids(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.path("countyRatings").forEach(r -> out.add(r.path("id").asString()));
        return out;
    }

    /** An agency working in a district with registered engineers, and an engagement in the year if it did business. */
    private long agency(String name, String district, int engineers, boolean business) {
        long agency = data.agency("quanzhou", name, "standardisation");
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('quanzhou', ?, ?)",
                agency,
                district);
        for (int i = 0; i < engineers; i++) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by)"
                            + " VALUES ('quanzhou', ?, ?, ?, TRUE, 'test')",
                    agency,
                    "注册安全工程师" + i,
                    "%064x".formatted(System.nanoTime() + i));
            long staff = jdbc.queryForObject(
                    "SELECT MAX(id) FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", Long.class, agency);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                            + " VALUES ('quanzhou', ?, ?, 'registeredSafetyEngineer', ?)",
                    agency,
                    staff,
                    "C" + staff);
        }
        if (business) {
            jdbc.update(
                    "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date,"
                            + " district_code, created_by) VALUES ('quanzhou', ?, '服务企业', 'standardisation', ?, ?, 'test')",
                    agency,
                    YEAR + "-03-01",
                    district);
        }
        return agency;
    }

    /** Confirmed findings of one rule, one occurrence each, observed in the year. */
    private void findings(long agency, String rule, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "INSERT INTO finding (tenant_id, agency_id, year, rule_code, count, evidence, source, observed_on,"
                            + " status, recorded_by, confirmed_by) VALUES ('quanzhou', ?, ?, ?, 1, '现场检查记录',"
                            + " 'routineInspection', ?, 'confirmed', 'quanzhou-fengze-inspector', 'quanzhou-fengze-admin')",
                    agency,
                    YEAR,
                    rule,
                    YEAR + "-07-20");
        }
    }
}
