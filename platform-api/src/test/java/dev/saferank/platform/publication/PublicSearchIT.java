package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.scheme.Schemes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The public search of published ratings, anonymous, over real publications: the publication job runs in this
 * test's own context (its worker is off elsewhere), enqueues the announced entries, and the outbox relay
 * indexes them. Every test uses years of its own, so that its counts are exact whatever else the build
 * published.
 */
@RealServersTest
@TestPropertySource(
        properties = {"saferank.publication.worker.enabled=true", "saferank.publication.worker.poll-ms=300"})
@DirtiesContext
class PublicSearchIT {

    static final String HIT = "tenant cityName agencyId agencyName district districtName category categoryLabel year"
            + " grade publishedGrade rank total publicationId publicationTitle publishedAt score lists"
            + " highlights { field fragments }";
    static final String SEARCH = "query($q: String, $f: PublicRatingFilter, $first: Int, $after: String) {"
            + " publicRatings(query: $q, filter: $f, first: $first, after: $after) { total hits { " + HIT + " }"
            + " facets { name buckets { key label count } } pageInfo { hasNextPage endCursor } } }";
    static final String AGENCY = "query($t: ID!, $a: ID!) { publicAgency(tenant: $t, agencyId: $a) { tenant cityName"
            + " agencyId agencyName category categoryLabel history { year publicationId publicationTitle publishedAt"
            + " grade publishedGrade rank total lists superseded note } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    PublicSearchFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new PublicSearchFixtures(jdbc, schemes, port);
    }

    @Test
    void anyoneFindsThePublishedRatingsOfTwoCitiesWithFacetsAndACityFilter() {
        int year = PublicationRows.freshYear();
        long suzhouRun = fx.run("suzhou", year);
        long fiveStar = fx.result("suzhou", suzhouRun, "苏州恒信安全咨询有限公司", "consulting", "320508", "91.00", "五星", 1);
        long fourStar = fx.result("suzhou", suzhouRun, "苏州明达安全评价有限公司", "evaluation", "320508", "80.50", "四星", 2);
        long noStar = fx.result("suzhou", suzhouRun, "苏州无星技术服务有限公司", "evaluation", "320508", "50.00", "不予评定星级", 3);
        long linyiRun = fx.run("linyi", year);
        long excellent = fx.result("linyi", linyiRun, "临沂鲁安检测技术有限公司", "testing", "371302", "92.00", "优秀", 1);
        long poor = fx.result("linyi", linyiRun, "临沂差评安全服务有限公司", "testing", "371302", "60.00", "差", 2);
        long suzhouPublication = fx.publish("suzhou", year, suzhouRun);
        long linyiPublication = fx.publish("linyi", year, linyiRun);

        JsonNode all = search(null, Map.of("year", year), null, null);

        // 苏州 announces its star lists only (不予评定星级 is on none), 临沂 一般 and above (差 is kept for 约谈)
        assertThat(all.path("total").asInt()).isEqualTo(3);
        // no words: year, then rank, then the order of publication (苏州 first)
        assertThat(agencyIds(all)).containsExactly(fiveStar, excellent, fourStar);
        assertThat(facet(all, "tenant")).containsExactly(Map.entry("suzhou 苏州市", 2L), Map.entry("linyi 临沂市", 1L));
        assertThat(facet(all, "district")).containsExactly(Map.entry("320508 姑苏区", 2L), Map.entry("371302 兰山区", 1L));
        assertThat(facet(all, "category"))
                .containsExactlyInAnyOrder(
                        Map.entry("consulting 安全咨询", 1L),
                        Map.entry("evaluation 安全评价", 1L),
                        Map.entry("testing 检测检验", 1L));
        assertThat(facet(all, "grade"))
                .containsExactlyInAnyOrder(Map.entry("五星 五星", 1L), Map.entry("四星 四星", 1L), Map.entry("优秀 优秀", 1L));
        assertThat(facet(all, "year")).containsExactly(Map.entry(year + " " + year, 3L));

        JsonNode linyi = search(null, Map.of("tenant", "linyi", "year", year), null, null);
        assertThat(linyi.path("total").asInt()).isEqualTo(1);
        JsonNode hit = linyi.path("hits").get(0);
        assertThat(hit.path("tenant").asString()).isEqualTo("linyi");
        assertThat(hit.path("cityName").asString()).isEqualTo("临沂市");
        assertThat(hit.path("agencyId").asLong()).isEqualTo(excellent);
        assertThat(hit.path("agencyName").asString()).isEqualTo("临沂鲁安检测技术有限公司");
        assertThat(hit.path("district").asString()).isEqualTo("371302");
        assertThat(hit.path("districtName").asString()).isEqualTo("兰山区");
        assertThat(hit.path("category").asString()).isEqualTo("testing");
        assertThat(hit.path("categoryLabel").asString()).isEqualTo("检测检验");
        assertThat(hit.path("year").asInt()).isEqualTo(year);
        assertThat(hit.path("grade").asString()).isEqualTo("优秀");
        assertThat(hit.path("publishedGrade").asString()).isEqualTo("优秀");
        assertThat(hit.path("rank").asInt()).isEqualTo(1);
        assertThat(hit.path("total").asString()).isEqualTo("92.0");
        assertThat(hit.path("publicationId").asLong()).isEqualTo(linyiPublication);
        assertThat(hit.path("publicationTitle").asString()).isEqualTo("关于公布" + year + "年度安全生产技术服务机构诚信考评结果的公告");
        assertThat(hit.path("publishedAt").asString()).endsWith("+08:00");
        assertThat(hit.path("score").isNull()).isTrue();
        assertThat(hit.path("lists").get(0).asString()).isEqualTo("一般等级以上的安全生产技术服务机构名单");
        assertThat(hit.path("lists").size()).isEqualTo(1);

        // the year and the grade are words too
        assertThat(agencyIds(search(year + " 临沂 优秀", null, null, null))).containsExactly(excellent);
        assertThat(agencyIds(search("苏州 四星 " + year, null, null, null))).containsExactly(fourStar);

        // pages of one: the cursor leads through the same order
        JsonNode first = search(null, Map.of("year", year), 1, null);
        JsonNode second = search(
                null,
                Map.of("year", year),
                2,
                first.path("pageInfo").path("endCursor").asString());
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(agencyIds(first)).containsExactly(fiveStar);
        assertThat(agencyIds(second)).containsExactly(excellent, fourStar);
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();

        // what is kept from the public never appears: the entries, their list, the agency's history
        String everything = search(null, Map.of("year", year), 100, null).toString()
                + search("苏州无星技术服务有限公司", Map.of("year", year), null, null)
                + search("临沂差评安全服务有限公司", Map.of("year", year), null, null)
                + agency("linyi", poor)
                + agency("suzhou", noStar);
        assertThat(everything).doesNotContain("苏州无星", "临沂差评", "约谈整改");
        assertThat(agency("linyi", poor).isNull()).isTrue();
        assertThat(agency("suzhou", noStar).isNull()).isTrue();

        JsonNode suzhouCity = city("suzhou");
        assertThat(suzhouCity.path("name").asString()).isEqualTo("苏州市");
        assertThat(suzhouCity.path("bureauName").asString()).isEqualTo("苏州市应急管理局");
        assertThat(suzhouCity.path("districts").toString()).contains("{\"code\":\"320508\",\"name\":\"姑苏区\"}");
        assertThat(years(suzhouCity)).contains(year);
        assertThat(suzhouPublication).isLessThan(linyiPublication);
    }

    @Test
    void anAgencyNameWithOneWrongOrMissingCharacterStillFindsTheAgencyWithHighlights() {
        int year = PublicationRows.freshYear();
        long run = fx.run("linyi", year);
        long huaan = fx.result("linyi", run, "临沂华安检测技术有限公司", "testing", "371302", "95.00", "优秀", 1);
        long huatai = fx.result("linyi", run, "临沂华泰安全评价有限公司", "evaluation", "371302", "88.00", "良好", 2);
        fx.publish("linyi", year, run);
        Map<String, Object> ofYear = Map.of("year", year);

        JsonNode exact = search("临沂华安检测技术有限公司", ofYear, null, null);
        JsonNode wrong = search("临沂华按检测技术有限公司", ofYear, null, null); // 按 for 安
        JsonNode missing = search("临沂华安检技术有限公司", ofYear, null, null); // 测 left out
        JsonNode words = search("华泰 评价", ofYear, null, null);

        assertThat(agencyIds(exact).getFirst()).isEqualTo(huaan);
        assertThat(agencyIds(wrong)).containsExactly(huaan);
        assertThat(agencyIds(missing)).containsExactly(huaan);
        assertThat(agencyIds(words)).containsExactly(huatai);
        JsonNode top = exact.path("hits").get(0);
        assertThat(top.path("score").asDouble()).isPositive();
        String marked = highlight(top, "agencyName");
        assertThat(marked).contains("<em>检测</em>");
        assertThat(marked.replace("<em>", "").replace("</em>", "")).isEqualTo("临沂华安检测技术有限公司");
        assertThat(highlight(wrong.path("hits").get(0), "agencyName")).contains("<em>检测</em>");
        assertThat(highlight(words.path("hits").get(0), "agencyName")).contains("<em>华泰</em>", "<em>评价</em>");
        // the city's name is searched too
        assertThat(agencyIds(search("临沂 检测", ofYear, null, null))).containsExactly(huaan);
    }

    /**
     * Issue 17 point 4: "Public data carries the 统一社会信用代码" — the code that links an agency to 信用中国 finds its
     * announced standing, typed in lower case too; a valid code of no published agency finds nothing, and an agency
     * kept from the public (临沂 差: "最终评定为一般等级以上的……名单将……予以公布") is not found by its code either.
     */
    @Test
    void theUnifiedSocialCreditCodeFindsTheAgencysAnnouncedStanding() {
        int year = PublicationRows.freshYear();
        long run = fx.run("linyi", year);
        long found = fx.result("linyi", run, "临沂信用代码检测有限公司", "testing", "371302", "91.00", "优秀", 1);
        long kept = fx.result("linyi", run, "临沂信用代码差评服务有限公司", "testing", "371302", "60.00", "差", 2);
        fx.publish("linyi", year, run);
        String code = jdbc.queryForObject("SELECT credit_code FROM agency WHERE id = ?", String.class, found);
        String keptCode = jdbc.queryForObject("SELECT credit_code FROM agency WHERE id = ?", String.class, kept);

        JsonNode byCode = search(code, null, null, null);
        assertThat(agencyIds(byCode)).containsExactly(found);
        assertThat(byCode.path("hits").get(0).path("agencyName").asString()).isEqualTo("临沂信用代码检测有限公司");
        assertThat(agencyIds(search(code.toLowerCase(java.util.Locale.ROOT), null, null, null)))
                .containsExactly(found);
        assertThat(search(keptCode, null, null, null).path("total").asInt()).isZero();
        String unknown = dev.saferank.platform.TestData.uniqueCreditCode();
        assertThat(search(unknown, null, null, null).path("total").asInt()).isZero();
    }

    @Test
    void aCorrectionReplacesTheStandingInTheSearchAndTheHistoryKeepsBothFlagged() {
        int year = PublicationRows.freshYear();
        long run = fx.run("linyi", year);
        long agency = fx.result("linyi", run, "临沂正信安全评价有限公司", "evaluation", "371302", "72.00", "一般", 1);
        long first = fx.publish("linyi", year, run);
        JsonNode before = search("临沂正信安全评价有限公司", Map.of("year", year), null, null);
        long rerun = fx.run("linyi", year);
        fx.result("linyi", rerun, agency, "临沂正信安全评价有限公司", "evaluation", "371302", "85.00", "良好", 1);

        long corrected = fx.correct("linyi", first, rerun, "异议受理后重新考评，第6项扣分有误");

        assertThat(grades(before)).containsExactly("一般 " + first);
        JsonNode after = search("临沂正信安全评价有限公司", Map.of("year", year), null, null);
        assertThat(grades(after)).containsExactly("良好 " + corrected);
        assertThat(after.path("hits").get(0).path("publicationTitle").asString())
                .isEqualTo("关于更正" + year + "年度安全生产技术服务机构诚信考评结果的公告");
        assertThat(search(null, Map.of("year", year, "grade", "一般"), null, null)
                        .path("total")
                        .asInt())
                .isZero();
        JsonNode history = agency("linyi", agency).path("history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("publicationId").asLong()).isEqualTo(corrected);
        assertThat(history.get(0).path("grade").asString()).isEqualTo("良好");
        assertThat(history.get(0).path("total").asString()).isEqualTo("85.0");
        assertThat(history.get(0).path("superseded").asBoolean()).isFalse();
        assertThat(history.get(1).path("publicationId").asLong()).isEqualTo(first);
        assertThat(history.get(1).path("grade").asString()).isEqualTo("一般");
        assertThat(history.get(1).path("superseded").asBoolean()).isTrue();
    }

    @Test
    void aDowngradeShowsTheLoweredStarAndTheHistoryCoversEveryPublishedYear() {
        int earlier = PublicationRows.freshYear();
        int later = PublicationRows.freshYear();
        long firstRun = fx.run("suzhou", earlier);
        long agency = fx.result("suzhou", firstRun, "苏州远航安全技术有限公司", "consulting", "320508", "65.00", "三星", 1);
        fx.publish("suzhou", earlier, firstRun);
        long secondRun = fx.run("suzhou", later);
        fx.result("suzhou", secondRun, agency, "苏州远航安全技术有限公司", "consulting", "320508", "91.00", "五星", 1);
        long starred = fx.publish("suzhou", later, secondRun);

        long lowered = fx.downgrade("suzhou", starred, agency, "2024年3月受市应急管理局约谈");

        JsonNode now = search(null, Map.of("tenant", "suzhou", "year", later), null, null);
        assertThat(now.path("total").asInt()).isEqualTo(1);
        JsonNode hit = now.path("hits").get(0);
        assertThat(hit.path("grade").asString()).isEqualTo("五星");
        assertThat(hit.path("publishedGrade").asString()).isEqualTo("四星");
        assertThat(hit.path("publicationId").asLong()).isEqualTo(lowered);
        assertThat(hit.path("lists").toString()).isEqualTo("[\"四星机构\"]");
        JsonNode history = agency("suzhou", agency);
        assertThat(history.path("agencyName").asString()).isEqualTo("苏州远航安全技术有限公司");
        assertThat(history.path("cityName").asString()).isEqualTo("苏州市");
        assertThat(history.path("categoryLabel").asString()).isEqualTo("安全咨询");
        List<String> lines = new ArrayList<>();
        history.path("history")
                .forEach(y -> lines.add(
                        y.path("year").asInt() + " " + y.path("publishedGrade").asString() + " " + y.path("lists") + " "
                                + y.path("superseded").asBoolean()));
        assertThat(lines)
                .containsExactly(
                        later + " 四星 [\"四星机构\"] false",
                        later + " 五星 [\"五星机构\"] true",
                        earlier + " 三星 [\"三星机构\"] false");
        assertThat(history.path("history").get(0).path("note").asString()).isEqualTo("等级由五星降为四星：2024年3月受市应急管理局约谈");
    }

    @Test
    void unpublishedRatingsNoticesAndFailedPublicationsNeverAppear() {
        int year = PublicationRows.freshYear();
        long run = fx.run("suzhou", year);
        long agency = fx.result("suzhou", run, "苏州未公布安全咨询有限公司", "consulting", "320508", "95.00", "五星", 1);
        // the run is on a notice open today, and a publication of it failed after writing its entries
        new PublicationRows(jdbc, schemes)
                .notice("suzhou", year, run, PublicationRows.today().plusDays(3));
        jdbc.update(
                "INSERT INTO publication (tenant_id, year, kind, run_id, status, requested_by, error)"
                        + " VALUES ('suzhou', ?, 'publish', ?, 'failed', 'test', '公布作业异常中止')",
                year,
                run);
        long failed = jdbc.queryForObject(
                "SELECT id FROM publication WHERE tenant_id = 'suzhou' AND run_id = ?", Long.class, run);
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, total, grade,"
                        + " published_grade, overall_rank, lists, public) VALUES ('suzhou', ?, ?, '苏州未公布安全咨询有限公司',"
                        + " 95, '五星', '五星', 1, 'fiveStar', 1)",
                failed,
                agency);
        // even if its entry reached the outbox, the projection writes nothing of it
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)"
                        + " SELECT 'publicRating', tenant_id, id FROM publication_entry WHERE publication_id = ?",
                failed);
        fx.awaitIndexed();

        assertThat(search("苏州未公布安全咨询有限公司", null, null, null).path("total").asInt())
                .isZero();
        assertThat(search(null, Map.of("year", year), null, null).path("total").asInt())
                .isZero();
        assertThat(agency("suzhou", agency).isNull()).isTrue();
        assertThat(city("suzhou").path("openNoticeYear").asInt()).isEqualTo(year);
        assertThat(years(city("suzhou"))).doesNotContain(year);
    }

    @Test
    void badInputIsRefusedInChineseNamingTheField() {
        assertThat(error(SEARCH, Map.of("first", 101))).isEqualTo("first 每页条数须在 1 到 100 之间");
        assertThat(error(SEARCH, Map.of("first", 0))).isEqualTo("first 每页条数须在 1 到 100 之间");
        assertThat(error(SEARCH, Map.of("f", Map.of("tenant", "nosuchcity"))))
                .isEqualTo("filter.tenant 未找到该城市（filter.tenant）");
        assertThat(error(SEARCH, Map.of("f", Map.of("category", "mining"))))
                .startsWith("filter.category 机构类别（filter.category）有误，可选：evaluation 安全评价");
        assertThat(error(SEARCH, Map.of("f", Map.of("year", 99)))).isEqualTo("filter.year 年度（filter.year）须为四位数的年份");
        assertThat(error(SEARCH, Map.of("q", "检".repeat(201)))).isEqualTo("query 搜索词过长（上限 200 字）");
        assertThat(error(SEARCH, Map.of("after", "不是游标"))).isEqualTo("after 翻页游标无效");
        assertThat(error(AGENCY, Map.of("t", "nosuchcity", "a", "1"))).isEqualTo("tenant 未找到该城市（tenant）");
        JsonNode body = new GraphQlHttp(port)
                .post(AGENCY, Map.of("t", "linyi", "a", "abc"), null)
                .body();
        assertThat(body.path("errors").get(0).path("message").asString()).startsWith("参数格式有误");
        assertThat(body.toString()).doesNotContain("Exception", "java.", "SELECT");
        // an agency never published is null, not an error
        assertThat(agency("linyi", 987654321987L).isNull()).isTrue();
    }

    private JsonNode search(String query, Map<String, Object> filter, Integer first, String after) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("q", query);
        variables.put("f", filter);
        variables.put("first", first);
        variables.put("after", after);
        JsonNode body = new GraphQlHttp(port).post(SEARCH, variables, null).body();
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data").path("publicRatings");
    }

    private JsonNode agency(String tenant, long agency) {
        JsonNode body = new GraphQlHttp(port)
                .post(AGENCY, Map.of("t", tenant, "a", Long.toString(agency)), null)
                .body();
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data").path("publicAgency");
    }

    private JsonNode city(String code) {
        JsonNode body = new GraphQlHttp(port)
                .post(
                        "{ publicCities { code name bureauName openNoticeYear publishedYears districts { code name } } }",
                        null)
                .body();
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        for (JsonNode city : body.path("data").path("publicCities")) {
            if (city.path("code").asString().equals(code)) {
                return city;
            }
        }
        throw new AssertionError("no city " + code + " in " + body);
    }

    /** The first error's field and message. */
    private String error(String document, Map<String, Object> variables) {
        JsonNode body = new GraphQlHttp(port).post(document, variables, null).body();
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(body.toString()).doesNotContain("Exception", "java.");
        return error.path("extensions").path("errors").get(0).path("field").asString() + " "
                + error.path("message").asString();
    }

    private static List<Long> agencyIds(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.path("hits").forEach(h -> ids.add(h.path("agencyId").asLong()));
        return ids;
    }

    private static List<String> grades(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("hits")
                .forEach(h -> out.add(h.path("publishedGrade").asString() + " "
                        + h.path("publicationId").asLong()));
        return out;
    }

    private static List<Integer> years(JsonNode city) {
        List<Integer> out = new ArrayList<>();
        city.path("publishedYears").forEach(y -> out.add(y.asInt()));
        return out;
    }

    /** A facet's buckets as "key label" → count, in the answer's order. */
    private static List<Map.Entry<String, Long>> facet(JsonNode result, String name) {
        for (JsonNode facet : result.path("facets")) {
            if (facet.path("name").asString().equals(name)) {
                List<Map.Entry<String, Long>> out = new ArrayList<>();
                facet.path("buckets")
                        .forEach(b -> out.add(Map.entry(
                                b.path("key").asString() + " " + b.path("label").asString(),
                                b.path("count").asLong())));
                return out;
            }
        }
        throw new AssertionError("no facet " + name);
    }

    private static String highlight(JsonNode hit, String field) {
        for (JsonNode h : hit.path("highlights")) {
            if (h.path("field").asString().equals(field)) {
                return h.path("fragments").get(0).asString();
            }
        }
        throw new AssertionError("no highlight of " + field + " in " + hit);
    }
}
