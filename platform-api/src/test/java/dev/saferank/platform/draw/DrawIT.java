package dev.saferank.platform.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 双随机一公开 against the real servers (临沂 seed 001, 三（三）工作实绩: "非法定安全技术服务行为每机构提供 5 家，抽取 1 家到
 * 现场实地检查"): the list and the seed's commitment are public before the draw, a seed that is not the
 * commitment's is refused and writes nothing, anyone recomputes the revealed draw with the repository's
 * Python verifier from the public file, drawn enterprises become the year's sampled enterprises, inspectors
 * are drawn two per agency avoiding declared conflicts, and an empty list is refused in Chinese.
 */
@RealServersTest
class DrawIT {

    static final int YEAR = 2014;
    static final String COMMIT = "mutation($input: CommitDrawInput!) { commitDraw(input: $input) { seed"
            + " draw { id status commitment listSha256 candidatesCount candidatesUrl }"
            + " errors { field code message } } }";
    static final String REVEAL = "mutation($input: RevealDrawInput!) { revealDraw(input: $input) {"
            + " draw { id status seed drawn { group candidate rank key label } } errors { field code message } } }";
    static final String PUBLIC = "query($t: ID!, $y: Int!) { publicDraws(tenant: $t, year: $y) { id status commitment"
            + " listSha256 seed cancelReason candidatesUrl } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @TempDir
    Path dir;

    Api api;
    TestData data;
    String district;
    List<Long> agencies = new ArrayList<>();

    @BeforeEach
    void twoLinyiAgenciesWithFiveServedEnterprisesEach() {
        api = new Api(port);
        data = new TestData(jdbc, schemes);
        data.activeSeedSchemeFor("linyi", "tenants/linyi/linyi-2022.yaml", YEAR);
        district = district("抽取");
        for (int a = 0; a < 2; a++) {
            long agency = data.agency("linyi", "临沂双随机机构" + district + "-" + a, "evaluation");
            jdbc.update(
                    "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES ('linyi', ?, ?)",
                    agency,
                    district);
            for (int e = 1; e <= 5; e++) {
                jdbc.update(
                        "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date,"
                                + " created_by) VALUES ('linyi', ?, ?, 'consulting', ?, 'test')",
                        agency,
                        "服务企业" + a + "-" + e + "有限公司",
                        LocalDate.of(YEAR, e, 10));
            }
            agencies.add(agency);
        }
    }

    @Test
    void theDrawIsCommittedPublishedRevealedAndRecomputedByAnyone() throws Exception {
        JsonNode committed = commit(Map.of(
                "year",
                YEAR,
                "kind",
                "enterprises",
                "title",
                "2014年度工作实绩现场检查企业抽取",
                "quotaMode",
                "perGroup",
                "quotaValue",
                1,
                "districtCode",
                district));
        assertThat(committed.path("errors").size()).as(committed.toString()).isZero();
        String seed = committed.path("seed").asString();
        JsonNode draw = committed.path("draw");
        long id = Long.parseLong(draw.path("id").asString());
        // the commitment is the seed's SHA-256; the list: 2 agencies × 5 enterprises = 10 candidates
        assertThat(draw.path("commitment").asString())
                .isEqualTo(DrawAlgorithm.sha256(DrawAlgorithm.seed(seed).orElseThrow()));
        assertThat(draw.path("candidatesCount").asInt()).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM draw WHERE id = ? AND seed IS NULL", Integer.class, id))
                .as("the seed is not kept before the reveal")
                .isEqualTo(1);

        // before the draw, anyone sees the list's hash and the commitment, no seed
        JsonNode published = publicDraw(id);
        assertThat(published.path("status").asString()).isEqualTo("committed");
        assertThat(published.path("seed").isNull()).isTrue();
        byte[] file = get(published.path("candidatesUrl").asString());
        assertThat(DrawAlgorithm.sha256(file))
                .isEqualTo(published.path("listSha256").asString());
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8))
                .contains("commitment: " + draw.path("commitment").asString(), "服务企业1-5有限公司");

        // a seed that is not the commitment's is refused, and nothing is written
        String wrong = seed.substring(0, 63) + (seed.endsWith("0") ? "1" : "0");
        JsonNode refused = reveal(id, wrong);
        assertThat(codes(refused)).containsExactly("SEED_MISMATCH");
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.seed");
        assertThat(refused.path("errors").get(0).path("message").asString()).contains("承诺值不符");
        assertThat(publicDraw(id).path("status").asString()).isEqualTo("committed");
        assertThat(sampled("drawn")).isZero();

        // revealed: exactly one enterprise per agency ("每机构提供 5 家，抽取 1 家")
        JsonNode revealed = reveal(id, seed);
        assertThat(revealed.path("errors").size()).as(revealed.toString()).isZero();
        JsonNode drawn = revealed.path("draw").path("drawn");
        assertThat(drawn.findValuesAsString("group"))
                .containsExactlyInAnyOrder("a" + agencies.get(0), "a" + agencies.get(1));
        assertThat(drawn.findValuesAsString("rank")).containsOnly("1");
        assertThat(publicDraw(id).path("seed").asString()).isEqualTo(seed);

        // anyone recomputes it from the public file and the revealed seed
        Path saved = dir.resolve("candidates.txt");
        Files.write(saved, get("/draws/" + id + "/candidates.txt"));
        DrawAlgorithmTest.Result verified = DrawAlgorithmTest.python(saved, seed);
        assertThat(verified.exit()).as(verified.output()).isZero();
        List<String> platform = new ArrayList<>();
        drawn.forEach(d -> platform.add(
                d.path("group").asString() + "," + d.path("candidate").asString() + ","
                        + d.path("rank").asString() + "," + d.path("key").asString()));
        assertThat(verified.output()
                        .lines()
                        .filter(l -> l.startsWith("a"))
                        .map(l -> String.join(",", List.of(l.split(",", 5)).subList(0, 4)))
                        .toList())
                .isEqualTo(platform);

        // the drawn enterprises are the year's sampled enterprises, waiting for their on-site check
        assertThat(sampled("drawn")).isEqualTo(2);
        long engagement =
                Long.parseLong(drawn.get(0).path("candidate").asString().substring(1));
        long agency = Long.parseLong(drawn.get(0).path("group").asString().substring(1));
        JsonNode checked = api.data(
                        "linyi-inspector",
                        "mutation($input: RecordSampledEnterpriseInput!) { recordSampledEnterprise(input: $input) {"
                                + " sampledEnterprise { status checkedOn } errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "agencyId", Long.toString(agency),
                                        "year", YEAR,
                                        "engagementId", Long.toString(engagement),
                                        "checkedOn", LocalDate.of(YEAR, 7, 20).toString())))
                .path("recordSampledEnterprise");
        assertThat(checked.path("sampledEnterprise").path("status").asString()).isEqualTo("active");
        assertThat(sampled("drawn")).isEqualTo(1);

        // a revealed draw is not revealed again
        assertThat(codes(reveal(id, seed))).containsExactly("NOT_COMMITTED");
    }

    @Test
    void aDrawOverAnEmptyListIsRefusedInChineseAndWritesNothing() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM draw WHERE tenant_id = 'linyi'", Integer.class);

        JsonNode refused = commit(Map.of(
                "year",
                YEAR,
                "kind",
                "staff",
                "title",
                "技术人员抽考",
                "quotaMode",
                "percent",
                "quotaValue",
                50,
                "districtCode",
                district("空")));

        assertThat(codes(refused)).containsExactly("EMPTY_LIST");
        assertThat(refused.path("errors").get(0).path("message").asString()).contains("抽取名单为空", "技术人员");
        assertThat(refused.path("seed").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM draw WHERE tenant_id = 'linyi'", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void staffAreDrawnAtLeastHalfOfEachAgency() {
        // 临沂 19: "按照不低于技术服务机构专业技术人员总数 50%的比例进行抽考": 5 staff → ⌈2.5⌉ = 3; 4 staff → 2
        for (int s = 0; s < 9; s++) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES ('linyi', ?, ?, ?, 'test')",
                    agencies.get(s < 5 ? 0 : 1),
                    "张测试" + s,
                    DrawAlgorithm.sha256((district + s).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        JsonNode committed = commit(Map.of(
                "year",
                YEAR,
                "kind",
                "staff",
                "title",
                "技术人员抽考",
                "quotaMode",
                "percent",
                "quotaValue",
                50,
                "districtCode",
                district));
        long id = Long.parseLong(committed.path("draw").path("id").asString());
        assertThat(new String(get("/draws/" + id + "/candidates.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .as("staff names are masked in the public list")
                .contains("张**")
                .doesNotContain("张测试");

        JsonNode drawn =
                reveal(id, committed.path("seed").asString()).path("draw").path("drawn");

        assertThat(drawn.findValuesAsString("group").stream().filter(g -> g.equals("a" + agencies.get(0))))
                .hasSize(3);
        assertThat(drawn.findValuesAsString("group").stream().filter(g -> g.equals("a" + agencies.get(1))))
                .hasSize(2);
    }

    @Test
    void inspectorsAreDrawnTwoPerAgencyAvoidingDeclaredConflicts() {
        List<Long> roster = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙")) {
            JsonNode added = api.data(
                            "linyi-admin",
                            "mutation($input: AddInspectorInput!) { addInspector(input: $input) { inspector { id }"
                                    + " errors { code } } }",
                            Map.of("input", Map.of("name", "检查员" + name + district, "unit", "临沂市应急管理局")))
                    .path("addInspector");
            roster.add(Long.parseLong(added.path("inspector").path("id").asString()));
        }
        long conflicted = agencies.get(0);
        declare(roster.get(0), conflicted, "曾在该机构任职");
        JsonNode objects = commit(Map.of(
                "year",
                YEAR,
                "kind",
                "agencies",
                "title",
                "2014年度双随机检查对象",
                "quotaMode",
                "total",
                "quotaValue",
                2,
                "districtCode",
                district));
        long objectDraw = Long.parseLong(objects.path("draw").path("id").asString());
        reveal(objectDraw, objects.path("seed").asString());

        // fewer than 2 inspectors left for an agency after 回避 is refused, naming the agency
        List<Long> everyoneElse = jdbc.queryForList(
                "SELECT id FROM inspector WHERE tenant_id = 'linyi' AND status = 'active' AND id <> ?",
                Long.class,
                roster.get(2));
        everyoneElse.forEach(i -> declare(i, agencies.get(1), "亲属在该机构工作"));
        JsonNode tooFew = commit(inspectorDraw(objectDraw));
        assertThat(codes(tooFew)).containsExactly("TOO_FEW_INSPECTORS");
        assertThat(tooFew.path("errors").get(0).path("message").asString())
                .contains("不足 2 名", "临沂双随机机构" + district + "-1");
        jdbc.update("DELETE FROM inspector_conflict WHERE tenant_id = 'linyi' AND agency_id = ?", agencies.get(1));

        // with one conflict declared: two drawn per agency, never the conflicted inspector for that agency
        JsonNode inspectors = commit(inspectorDraw(objectDraw));
        assertThat(inspectors.path("errors").size()).as(inspectors.toString()).isZero();
        long id = Long.parseLong(inspectors.path("draw").path("id").asString());
        JsonNode drawn =
                reveal(id, inspectors.path("seed").asString()).path("draw").path("drawn");
        for (long agency : agencies) {
            List<String> picked = new ArrayList<>();
            drawn.forEach(d -> {
                if (d.path("group").asString().equals("a" + agency)) {
                    picked.add(d.path("candidate").asString());
                }
            });
            assertThat(picked).hasSize(2).doesNotHaveDuplicates();
            if (agency == conflicted) {
                assertThat(picked).doesNotContain("i" + roster.get(0));
            }
        }
        JsonNode tooSmall = commit(Map.of(
                "year",
                YEAR,
                "kind",
                "inspectors",
                "title",
                "检查人员",
                "quotaMode",
                "perGroup",
                "quotaValue",
                1,
                "sourceDrawId",
                Long.toString(objectDraw)));
        assertThat(codes(tooSmall)).containsExactly("TOO_FEW_INSPECTORS");
        assertThat(tooSmall.path("errors").get(0).path("message").asString()).contains("至少抽取 2 名");
    }

    @Test
    void complaintsWeighAnAgencyAndACancelledDrawIsPublishedWithItsReason() {
        // two complaints about agency 0 filed in the year before: weight 1 + 2 = 3; agency 1 none: weight 1
        for (int c = 0; c < 2; c++) {
            jdbc.update(
                    "INSERT INTO complaint (tenant_id, tracking_code, agency_name, agency_id, subject, body, client_key,"
                            + " filed_at) VALUES ('linyi', ?, '机构', ?, '举报', '内容', ?, ?)",
                    (district + c + "XXXXXXXXXXXXXXXX").substring(0, 16),
                    agencies.get(0),
                    DrawAlgorithm.sha256(("k" + district + c).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    LocalDate.of(YEAR - 1, 6, 1).atStartOfDay());
        }
        JsonNode committed = commit(Map.of(
                "year", YEAR,
                "kind", "agencies",
                "title", "按投诉举报加权抽取",
                "quotaMode", "total",
                "quotaValue", 1,
                "weighting", "complaints",
                "districtCode", district));
        long id = Long.parseLong(committed.path("draw").path("id").asString());
        String text = new String(get("/draws/" + id + "/candidates.txt"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("all,a" + agencies.get(0) + ",3,", "all,a" + agencies.get(1) + ",1,");

        JsonNode cancelled = api.data(
                        "linyi-admin",
                        "mutation($input: CancelDrawInput!) { cancelDraw(input: $input) { draw { status cancelReason }"
                                + " errors { code } } }",
                        Map.of("input", Map.of("id", Long.toString(id), "reason", "抽取条件设置有误")))
                .path("cancelDraw");
        assertThat(cancelled.path("draw").path("status").asString()).isEqualTo("cancelled");
        assertThat(publicDraw(id).path("cancelReason").asString()).isEqualTo("抽取条件设置有误");
        assertThat(codes(reveal(id, committed.path("seed").asString()))).containsExactly("NOT_COMMITTED");
    }

    @Test
    void anotherCitysBureauNeitherSeesNorRevealsTheDraw() {
        data.tenant("quanzhou");
        JsonNode committed = commit(Map.of(
                "year",
                YEAR,
                "kind",
                "agencies",
                "title",
                "他城不可见",
                "quotaMode",
                "total",
                "quotaValue",
                1,
                "districtCode",
                district));
        String id = committed.path("draw").path("id").asString();

        assertThat(api.data("quanzhou-admin", "query($id: ID!) { draw(id: $id) { id } }", Map.of("id", id))
                        .path("draw")
                        .isNull())
                .isTrue();
        JsonNode body = api.body(
                "quanzhou-admin",
                REVEAL,
                Map.of("input", Map.of("id", id, "seed", committed.path("seed").asString())));
        assertThat(body.path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("NOT_FOUND");
        assertThat(publicDraw(Long.parseLong(id)).path("status").asString()).isEqualTo("committed");
    }

    private Map<String, Object> inspectorDraw(long source) {
        return Map.of(
                "year",
                YEAR,
                "kind",
                "inspectors",
                "title",
                "2014年度检查人员抽取",
                "quotaMode",
                "perGroup",
                "quotaValue",
                2,
                "sourceDrawId",
                Long.toString(source));
    }

    private void declare(long inspector, long agency, String reason) {
        JsonNode declared = api.data(
                        "linyi-admin",
                        "mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "inspectorId", Long.toString(inspector),
                                        "agencyId", Long.toString(agency),
                                        "reason", reason)))
                .path("declareConflict");
        assertThat(declared.path("errors").size()).isZero();
    }

    private JsonNode commit(Map<String, Object> input) {
        return api.data("linyi-admin", COMMIT, Map.of("input", new HashMap<>(input)))
                .path("commitDraw");
    }

    private JsonNode reveal(long id, String seed) {
        return api.data("linyi-admin", REVEAL, Map.of("input", Map.of("id", Long.toString(id), "seed", seed)))
                .path("revealDraw");
    }

    private JsonNode publicDraw(long id) {
        JsonNode draws = new GraphQlHttp(port)
                .post(PUBLIC, Map.of("t", "linyi", "y", YEAR), null)
                .body()
                .path("data")
                .path("publicDraws");
        for (JsonNode d : draws) {
            if (d.path("id").asString().equals(Long.toString(id))) {
                return d;
            }
        }
        throw new AssertionError("draw " + id + " is not public: " + draws);
    }

    private byte[] get(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int sampled(String status) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM sampled_enterprise WHERE tenant_id = 'linyi' AND year = ? AND status = ?"
                        + " AND agency_id IN (?, ?)",
                Integer.class,
                YEAR,
                status,
                agencies.get(0),
                agencies.get(1));
    }

    /** A district of its own, so that the draw's list is this test's agencies only. */
    private String district(String name) {
        String code = "D" + TestData.uniqueCreditCode().substring(8, 17);
        jdbc.update("INSERT INTO district (tenant_id, code, name) VALUES ('linyi', ?, ?)", code, name + code);
        return code;
    }

    private static List<String> codes(JsonNode payload) {
        return payload.path("errors").findValuesAsString("code");
    }
}
