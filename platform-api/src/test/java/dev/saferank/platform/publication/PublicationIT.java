package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.scheme.Schemes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bureau admins request publications; anyone reads published ones, their CSV and their announcement. The
 * publication job itself is proven in batch-jobs (PublicationJobIT); published rows here are written as it
 * writes them.
 */
@RealServersTest
class PublicationIT {

    static final String FIELDS =
            "publication { id status kind year seq supersedesId agencyId reason }" + " errors { field code message }";
    static final String PUBLISH = "mutation($input: PublishInput!) { publish(input: $input) { " + FIELDS + " } }";
    static final String CORRECT =
            "mutation($input: CorrectPublicationInput!) { correctPublication(input: $input) { " + FIELDS + " } }";
    static final String DOWNGRADE =
            "mutation($input: DowngradeAgencyInput!) { downgradeAgency(input: $input) { " + FIELDS + " } }";
    static final String READ = "query($id: ID!) { publication(id: $id) { id status title bureauName seq supersedesId"
            + " supersededById publishedBy csvUrl announcementUrl lists { code title isPublic validMonths }"
            + " entries { agencyId agencyName total grade publishedGrade overallRank lists isPublic note } } }";
    static final String OF_YEAR =
            "query($tenant: String!, $year: Int!) { publications(tenant: $tenant, year: $year) { id status seq } }";
    static final String LINYI_LISTS = "[{\"code\":\"published\",\"title\":\"一般等级以上的安全生产技术服务机构名单\",\"wording\":\"w\","
            + "\"public\":true,\"validMonths\":null},{\"code\":\"interview\",\"title\":\"约谈整改机构（不公布）\","
            + "\"wording\":\"w\",\"public\":false,\"validMonths\":null}]";
    static final String SUZHOU_LISTS = "[{\"code\":\"fiveStar\",\"title\":\"五星机构\",\"wording\":\"w\",\"public\":true},"
            + "{\"code\":\"fourStar\",\"title\":\"四星机构\",\"wording\":\"w\",\"public\":true},"
            + "{\"code\":\"threeStar\",\"title\":\"三星机构\",\"wording\":\"w\",\"public\":true}]";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    GraphQlHttp http;
    PublicationRows rows;

    @BeforeEach
    void setUp() {
        http = new GraphQlHttp(port);
        rows = new PublicationRows(jdbc, schemes);
    }

    @Test
    void refusesToPublishDuringTheNoticeOrWithAnOpenObjectionAndWritesNothing() {
        // one open notice per tenant and year: two years
        int year = PublicationRows.freshYear();
        long running = rows.notice("quanzhou", year, rows.run("quanzhou", year), PublicationRows.today());
        int later = PublicationRows.freshYear();
        long objected = rows.notice(
                "quanzhou",
                later,
                rows.run("quanzhou", later),
                PublicationRows.today().minusDays(2));
        rows.objection("quanzhou", objected, rows.agency("quanzhou", "泉州异议机构", "evaluation"));

        JsonNode during =
                mutate("quanzhou-admin", PUBLISH, Map.of("noticeId", running)).path("publish");
        JsonNode open =
                mutate("quanzhou-admin", PUBLISH, Map.of("noticeId", objected)).path("publish");

        assertThat(during.path("publication").isNull()).isTrue();
        assertThat(during.path("errors").get(0).path("code").asString()).isEqualTo("NOTICE_RUNNING");
        assertThat(during.path("errors").get(0).path("field").asString()).isEqualTo("input.noticeId");
        assertThat(during.path("errors").get(0).path("message").asString())
                .isEqualTo("公示期至" + PublicationRows.today() + "（含）尚未结束，公示期满后方可公布");
        assertThat(open.path("errors").get(0).path("code").asString()).isEqualTo("OBJECTIONS_OPEN");
        assertThat(open.path("errors").get(0).path("message").asString()).isEqualTo("尚有1件异议未处理，处理完毕后方可公布");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM publication WHERE tenant_id = 'quanzhou' AND year IN (?, ?)",
                        Integer.class,
                        year,
                        later))
                .isZero();
    }

    @Test
    void aBureauAdminQueuesAPublicationOncePerYearAtATime() {
        int year = PublicationRows.freshYear();
        long run = rows.run("quanzhou", year);
        long notice = rows.notice("quanzhou", year, run, PublicationRows.today().minusDays(1));

        JsonNode queued =
                mutate("quanzhou-admin", PUBLISH, Map.of("noticeId", notice)).path("publish");
        JsonNode again =
                mutate("quanzhou-admin", PUBLISH, Map.of("noticeId", notice)).path("publish");

        assertThat(queued.path("errors").isEmpty()).isTrue();
        assertThat(queued.path("publication").path("status").asString()).isEqualTo("queued");
        assertThat(queued.path("publication").path("kind").asString()).isEqualTo("publish");
        assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("PUBLICATION_RUNNING");
        assertThat(jdbc.queryForObject(
                        "SELECT run_id FROM publication WHERE id = ?",
                        Long.class,
                        queued.path("publication").path("id").asLong()))
                .isEqualTo(run);
        // an inspector may read but not publish; the public sees nothing until the job has published
        JsonNode inspector = http.post(
                        PUBLISH,
                        Map.of("input", Map.of("noticeId", notice)),
                        KeycloakTokens.accessToken("quanzhou-inspector"))
                .body();
        assertThat(inspector
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("FORBIDDEN");
        JsonNode anonymous = http.post(OF_YEAR, Map.of("tenant", "quanzhou", "year", year), null)
                .body();
        assertThat(anonymous.path("data").path("publications").isEmpty()).isTrue();
        JsonNode staff = http.post(
                        OF_YEAR,
                        Map.of("tenant", "quanzhou", "year", year),
                        KeycloakTokens.accessToken("quanzhou-inspector"))
                .body();
        assertThat(staff.path("data").path("publications").get(0).path("status").asString())
                .isEqualTo("queued");
    }

    @Test
    void anyoneReadsALinyiPublicationWithoutTheAgenciesBelow70() {
        int year = PublicationRows.freshYear();
        long run = rows.run("linyi", year);
        long id = rows.published("linyi", year, run, 1, null, "publish", LINYI_LISTS);
        rows.entry("linyi", id, 801, "临沂优秀机构", "92.00", "优秀", "优秀", 1, "published", true, null);
        rows.entry("linyi", id, 802, "临沂一般机构", "70.00", "一般", "一般", 2, "published", true, null);
        rows.entry("linyi", id, 803, "临沂差机构", "69.99", "差", "差", 3, "interview", false, null);

        JsonNode anonymous =
                http.post(READ, Map.of("id", id), null).body().path("data").path("publication");
        JsonNode bureau = http.post(READ, Map.of("id", id), KeycloakTokens.accessToken("linyi-admin"))
                .body()
                .path("data")
                .path("publication");

        assertThat(anonymous.path("title").asString()).isEqualTo("关于公布" + year + "年度安全生产技术服务机构诚信考评结果的公告");
        assertThat(anonymous.path("bureauName").asString()).isEqualTo("临沂市应急管理局");
        assertThat(anonymous.path("entries").findValuesAsString("agencyName")).containsExactly("临沂优秀机构", "临沂一般机构");
        assertThat(anonymous.path("entries").get(0).path("total").decimalValue())
                .isEqualByComparingTo("92");
        assertThat(anonymous.path("lists").findValuesAsString("code")).containsExactly("published");
        assertThat(anonymous.path("publishedBy").isNull()).isTrue();
        assertThat(anonymous.path("csvUrl").asString()).isEqualTo("/publications/" + id + ".csv");
        assertThat(bureau.path("entries").findValuesAsString("agencyName"))
                .containsExactly("临沂优秀机构", "临沂一般机构", "临沂差机构");
        assertThat(bureau.path("lists").findValuesAsString("code")).containsExactly("published", "interview");
        JsonNode ofYear = http.post(OF_YEAR, Map.of("tenant", "linyi", "year", year), null)
                .body()
                .path("data")
                .path("publications");
        assertThat(ofYear.findValuesAsString("id")).containsExactly(String.valueOf(id));
    }

    @Test
    void theCsvIsUtf8WithABomAChineseHeaderAndQuotedCells() throws Exception {
        int year = PublicationRows.freshYear();
        long run = rows.run("quanzhou", year);
        String lists = "[{\"code\":\"best\",\"title\":\"服务好的机构\",\"wording\":\"w\",\"public\":true},"
                + "{\"code\":\"worst\",\"title\":\"服务差的机构\",\"wording\":\"w\",\"public\":true}]";
        long id = rows.published("quanzhou", year, run, 1, null, "publish", lists);
        rows.entry("quanzhou", id, 901, "泉州安泰,安全\"技术\"有限公司", "92.0", "优秀", "优秀", 1, "best", true, null);
        rows.entry("quanzhou", id, 902, "=HYPERLINK(\"x\")", "55.0", "不合格", "不合格", 2, "worst", true, null);
        // the 统一社会信用代码 the publication job copies from the agency's registration (issue 17)
        jdbc.update(
                "UPDATE publication_entry SET credit_code = IF(agency_id = 901, '91350500MA31TEST1X', '91350500MA31TEST2Y')"
                        + " WHERE tenant_id = 'quanzhou' AND publication_id = ?",
                id);

        HttpResponse<byte[]> response = get("/publications/" + id + ".csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n"))
                .containsExactly(
                        "名次,机构名称,统一社会信用代码,机构类别,所属区域,总分,考评等级,公布等级,分组,组内名次,所列名单,备注",
                        "1,\"泉州安泰,安全\"\"技术\"\"有限公司\",91350500MA31TEST1X,安全评价,350503,92,优秀,优秀,,,服务好的机构,",
                        "2,\"'=HYPERLINK(\"\"x\"\")\",91350500MA31TEST2Y,安全评价,350503,55,不合格,不合格,,,服务差的机构,");
        assertThat(get("/publications/999999999.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theAnnouncementIsChinesePrintableAndEscapesEveryText() throws Exception {
        int year = PublicationRows.freshYear();
        long run = rows.run("suzhou", year);
        long old = rows.published("suzhou", year, run, 1, null, "publish", SUZHOU_LISTS);
        rows.entry(
                "suzhou", old, 1001, "<script>alert(1)</script>苏州安信", "91.00", "五星", "五星", 1, "fiveStar", true, null);
        long now = rows.published("suzhou", year, run, 2, old, "downgrade", SUZHOU_LISTS);
        rows.entry(
                "suzhou",
                now,
                1001,
                "<script>alert(1)</script>苏州安信",
                "91.00",
                "五星",
                "四星",
                1,
                "fourStar",
                true,
                "等级由五星降为四星：2024年3月受市应急管理局约谈");

        HttpResponse<byte[]> first = get("/publications/" + old + "/announcement");
        HttpResponse<byte[]> second = get("/publications/" + now + "/announcement");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = new String(first.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<title>关于公布" + year + "年度安全生产技术服务机构诚信考评结果的公告</title>")
                .contains("苏州市应急管理局公告 " + year + "年第1号")
                .contains("一、五星机构（1家）")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;苏州安信")
                .contains("2026年8月31日")
                .contains("@media print")
                .doesNotContain("<script>");
        String adjusted = new String(second.body(), StandardCharsets.UTF_8);
        assertThat(adjusted)
                .contains("关于调整" + year + "年度安全生产技术服务机构诚信考评结果的公告")
                .contains("对" + year + "年第1号公告公布的结果调整如下。调整原因：2024年3月受市应急管理局约谈")
                .contains("二、四星机构（1家）")
                .contains("等级由五星降为四星")
                .doesNotContain("<script>");
        // the superseded publication stays readable and says what replaced it
        JsonNode read =
                http.post(READ, Map.of("id", old), null).body().path("data").path("publication");
        assertThat(read.path("supersededById").asString()).isEqualTo(String.valueOf(now));
        assertThat(read.path("entries").get(0).path("publishedGrade").asString())
                .isEqualTo("五星");
    }

    @Test
    void downgradesAreCheckedAgainstTheCitysRulesAndTheLatestPublication() {
        int year = PublicationRows.freshYear();
        long run = rows.run("suzhou", year);
        long old = rows.published("suzhou", year, run, 1, null, "publish", SUZHOU_LISTS);
        rows.entry("suzhou", old, 1101, "苏州五星", "91.00", "五星", "五星", 1, "fiveStar", true, null);
        rows.entry("suzhou", old, 1102, "苏州无星", "50.00", "不予评定星级", "不予评定星级", 2, "", false, null);
        long latest = rows.published("suzhou", year, run, 2, old, "downgrade", SUZHOU_LISTS);
        rows.entry("suzhou", latest, 1101, "苏州五星", "91.00", "五星", "四星", 1, "fourStar", true, "n");
        rows.entry("suzhou", latest, 1102, "苏州无星", "50.00", "不予评定星级", "不予评定星级", 2, "", false, null);

        JsonNode stale =
                mutate("suzhou-admin", DOWNGRADE, downgrade(old, 1101, "约谈")).path("downgradeAgency");
        JsonNode lowest =
                mutate("suzhou-admin", DOWNGRADE, downgrade(latest, 1102, "通报")).path("downgradeAgency");
        JsonNode blank =
                mutate("suzhou-admin", DOWNGRADE, downgrade(latest, 1101, "  ")).path("downgradeAgency");
        JsonNode absent =
                mutate("suzhou-admin", DOWNGRADE, downgrade(latest, 1199, "约谈")).path("downgradeAgency");
        JsonNode ok = mutate("suzhou-admin", DOWNGRADE, downgrade(latest, 1101, "2024年5月被通报批评"))
                .path("downgradeAgency");

        assertThat(code(stale)).isEqualTo("SUPERSEDED");
        assertThat(code(lowest)).isEqualTo("NOT_DOWNGRADABLE");
        assertThat(lowest.path("errors").get(0).path("message").asString()).isEqualTo("该机构的等级已是最低（不予评定星级），无法再降低");
        assertThat(code(blank)).isEqualTo("REASON_REQUIRED");
        assertThat(code(absent)).isEqualTo("NOT_IN_PUBLICATION");
        assertThat(ok.path("errors").isEmpty()).isTrue();
        assertThat(ok.path("publication").path("status").asString()).isEqualTo("queued");
        assertThat(ok.path("publication").path("supersedesId").asString()).isEqualTo(String.valueOf(latest));
        assertThat(ok.path("publication").path("agencyId").asString()).isEqualTo("1101");

        // 泉州 has no dynamic downgrade in its scheme
        int qYear = PublicationRows.freshYear();
        long qRun = rows.run("quanzhou", qYear);
        long q = rows.published("quanzhou", qYear, qRun, 1, null, "publish", "[]");
        rows.entry("quanzhou", q, 1201, "泉州机构", "91.0", "优秀", "优秀", 1, "best", true, null);
        assertThat(code(mutate("quanzhou-admin", DOWNGRADE, downgrade(q, 1201, "约谈"))
                        .path("downgradeAgency")))
                .isEqualTo("NO_DOWNGRADE_RULE");
        JsonNode sameRun = mutate(
                        "quanzhou-admin", CORRECT, Map.of("publicationId", q, "runId", qRun, "reason", "重新考评"))
                .path("correctPublication");
        assertThat(code(sameRun)).isEqualTo("SAME_RUN");
        long rerun = rows.run("quanzhou", qYear);
        JsonNode corrected = mutate(
                        "quanzhou-admin", CORRECT, Map.of("publicationId", q, "runId", rerun, "reason", "异议受理后重新考评"))
                .path("correctPublication");
        assertThat(corrected.path("publication").path("kind").asString()).isEqualTo("correct");
        assertThat(corrected.path("publication").path("reason").asString()).isEqualTo("异议受理后重新考评");
    }

    @Test
    void anotherTenantsIdsBehaveAsMissing() {
        int year = PublicationRows.freshYear();
        long run = rows.run("quanzhou", year);
        long notice = rows.notice("quanzhou", year, run, PublicationRows.today().minusDays(1));
        long published = rows.published("quanzhou", year, run, 1, null, "publish", "[]");
        rows.entry("quanzhou", published, 1301, "泉州机构", "91.0", "优秀", "优秀", 1, "best", true, null);
        rows.entry("quanzhou", published, 1302, "泉州内部", "50.0", "不合格", "不合格", 2, "", false, null);
        int otherYear = PublicationRows.freshYear();
        long otherRun = rows.run("quanzhou", otherYear);
        long otherNotice = rows.notice(
                "quanzhou", otherYear, otherRun, PublicationRows.today().minusDays(1));
        long request = mutate("quanzhou-admin", PUBLISH, Map.of("noticeId", otherNotice))
                .path("publish")
                .path("publication")
                .path("id")
                .asLong();

        JsonNode foreignNotice =
                mutate("foshan-admin", PUBLISH, Map.of("noticeId", notice)).path("publish");
        JsonNode missingNotice =
                mutate("foshan-admin", PUBLISH, Map.of("noticeId", 987654321L)).path("publish");
        JsonNode foreignDowngrade = mutate("foshan-admin", DOWNGRADE, downgrade(published, 1301, "违规"))
                .path("downgradeAgency");
        JsonNode foreignRequest = http.post(READ, Map.of("id", request), KeycloakTokens.accessToken("foshan-admin"))
                .body()
                .path("data")
                .path("publication");
        JsonNode foreignPublished = http.post(READ, Map.of("id", published), KeycloakTokens.accessToken("foshan-admin"))
                .body()
                .path("data")
                .path("publication");

        assertThat(foreignNotice.path("errors")).isEqualTo(missingNotice.path("errors"));
        assertThat(code(foreignNotice)).isEqualTo("NOT_FOUND");
        assertThat(code(foreignDowngrade)).isEqualTo("NOT_FOUND");
        assertThat(foreignRequest.isNull()).isTrue();
        // published results are public, but only their announced entries
        assertThat(foreignPublished.path("entries").findValuesAsString("agencyName"))
                .containsExactly("泉州机构");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM publication WHERE tenant_id = 'foshan' AND year = ?",
                        Integer.class,
                        year))
                .isZero();
    }

    private static Map<String, Object> downgrade(long publication, long agency, String reason) {
        return Map.of("publicationId", publication, "agencyId", agency, "reason", reason);
    }

    private static String code(JsonNode payload) {
        return payload.path("errors").get(0).path("code").asString();
    }

    private JsonNode mutate(String user, String document, Map<String, Object> input) {
        JsonNode body = http.post(document, Map.of("input", input), KeycloakTokens.accessToken(user))
                .body();
        assertThat(body.path("errors").isMissingNode())
                .as("errors: %s", body.path("errors"))
                .isTrue();
        return body.path("data");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
