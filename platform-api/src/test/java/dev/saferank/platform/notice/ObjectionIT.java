package dev.saferank.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Objections during a notice: the public and agencies file, the bureau decides with a reason, both
 * sides see the outcome; an accepted objection re-rates and the notice then shows the new run.
 */
@RealServersTest
class ObjectionIT {

    static final String FILE = "mutation($input: FileObjectionInput!) { fileObjection(input: $input) {"
            + " trackingCode objection { trackingCode agency { id name } year status statusText decision }"
            + " errors { field code message } } }";
    static final String STATUS = "query($c: String!) { objectionStatus(trackingCode: $c) {"
            + " trackingCode agency { name } status statusText decision decidedAt } }";
    static final String DECIDE = "mutation($input: DecideObjectionInput!) { decideObjection(input: $input) {"
            + " objection { id status statusText decision decidedBy rerun { id runVersion status reason }"
            + " history { action actor reason } } errors { field code message } } }";
    static final String LIST = "query($n: ID!, $s: String) { objections(noticeId: $n, status: $s) {"
            + " edges { node { id trackingCode filerKind filedBy filerName contact reason status agency { id } } } } }";
    static final String MINE =
            "{ myObjections { id trackingCode agency { id } status statusText decision" + " rerun { runVersion } } }";
    static final String PUBLIC = "query($t: ID!, $y: Int!) { publicNotice(tenant: $t, year: $y) {"
            + " entries { agencyId agencyName total grade overallRank } } }";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    GraphQlHttp http;
    RatingRows rows;
    TestData data;

    @BeforeEach
    void servers() {
        api = new Api(port);
        http = new GraphQlHttp(port);
        rows = new RatingRows(jdbc);
        data = new TestData(jdbc, schemes);
    }

    @Test
    void thePublicFilesWithoutAnAccountAndFollowsTheRejectionByTrackingCode() {
        var notice = quanzhouNotice();

        JsonNode filed =
                file(null, objection("quanzhou", 2023, notice.agency(), "该机构得分偏高，实际服务质量较差", "张先生", "13800000000"));
        String code = filed.path("trackingCode").asString();
        JsonNode pending = status(code);
        JsonNode listed = api.data("quanzhou-admin", LIST, Map.of("n", Long.toString(notice.id())))
                .path("objections")
                .path("edges");
        String id = listed.get(0).path("node").path("id").asString();
        JsonNode rejected = decide("quanzhou-admin", id, false, "经核查，该机构服务记录完整，异议不成立");
        // a decision is corrected (kept in the history) until the results are published, then refused
        JsonNode corrected = decide("quanzhou-admin", id, false, "经再次核查，该机构服务记录完整，异议不成立");
        jdbc.update(
                "UPDATE rating_notice SET status = 'published' WHERE tenant_id = 'quanzhou' AND id = ?", notice.id());
        JsonNode again = decide("quanzhou-admin", id, true, "再次处理");
        jdbc.update("UPDATE rating_notice SET status = 'open' WHERE tenant_id = 'quanzhou' AND id = ?", notice.id());
        JsonNode followed = status(code);

        assertThat(code).hasSize(12).matches("[A-HJ-NP-Z2-9]{12}");
        assertThat(filed.path("objection").path("statusText").asString()).isEqualTo("处理中");
        assertThat(pending.path("agency").path("name").asString()).isEqualTo("泉州异议机构");
        assertThat(pending.path("status").asString()).isEqualTo("open");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("node").path("filerKind").asString()).isEqualTo("public");
        assertThat(listed.get(0).path("node").path("filedBy").isNull()).isTrue();
        // the filer's name and telephone: sealed at rest, masked in every answer, in full for a stated reason
        assertThat(listed.get(0).path("node").path("filerName").asString()).isEqualTo("张**");
        assertThat(listed.get(0).path("node").path("contact").asString()).isEqualTo("138****0000");
        assertThat(jdbc.queryForObject("SELECT filer_name FROM objection WHERE tracking_code = ?", String.class, code))
                .startsWith("gcm1:")
                .doesNotContain("张先生");
        assertThat(rejected.path("objection").path("status").asString()).isEqualTo("rejected");
        assertThat(rejected.path("objection").path("rerun").isNull()).isTrue();
        assertThat(rejected.path("objection").path("history").findValuesAsString("action"))
                .containsExactly("filed", "rejected");
        assertThat(corrected.path("errors").size()).isZero();
        assertThat(corrected.path("objection").path("history").findValuesAsString("action"))
                .containsExactly("filed", "rejected", "corrected");
        assertThat(again.path("errors").findValuesAsString("code")).containsExactly("ALREADY_DECIDED");
        assertThat(followed.path("statusText").asString()).isEqualTo("未采纳");
        assertThat(followed.path("decision").asString()).isEqualTo("经再次核查，该机构服务记录完整，异议不成立");
        assertThat(followed.path("decidedAt").isNull()).isFalse();
        String reveal = "mutation($input: RevealPersonalDataInput!) { revealObjectionContact(input: $input) {"
                + " contact { name contact } errors { field code message } } }";
        JsonNode revealed = api.data(
                        "quanzhou-admin", reveal, Map.of("input", Map.of("id", id, "reason", "联系异议人补充核查材料")))
                .path("revealObjectionContact");
        assertThat(revealed.path("contact").path("name").asString()).isEqualTo("张先生");
        assertThat(revealed.path("contact").path("contact").asString()).isEqualTo("13800000000");
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM change_history WHERE tenant_id = 'quanzhou' AND entity_type = 'objection'"
                                + " AND entity_id = ? AND action = 'personalDataRevealed' AND actor = 'quanzhou-admin'",
                        String.class,
                        id))
                .isEqualTo("联系异议人补充核查材料");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_record WHERE tenant_id = 'quanzhou' AND action ="
                                + " 'PERSONAL_DATA_REVEALED' AND target_type = 'objection' AND target_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
        assertThat(api.errorClass(
                        "quanzhou-inspector", reveal, Map.of("input", Map.of("id", id, "reason", "联系异议人补充核查"))))
                .isEqualTo("FORBIDDEN");
        // typed in lower case, with spaces around, the code still finds it
        assertThat(status("  " + code.toLowerCase(java.util.Locale.ROOT) + " ")
                        .path("statusText")
                        .asString())
                .isEqualTo("未采纳");
        // the rejection re-rated nothing
        assertThat(runs("quanzhou", 2023, "objection " + id)).isZero();
        // an unknown or malformed code finds nothing
        assertThat(status("ABCDEFGHJKLM").isNull()).isTrue();
        assertThat(status("' OR 1=1 --").isNull()).isTrue();
    }

    @Test
    void badInputNamesTheFieldInChineseAndWritesNothing() {
        var notice = quanzhouNotice();
        int before = objections();

        JsonNode shortReason = file(null, objection("quanzhou", 2023, notice.agency(), "太高", null, null));
        JsonNode longName = file(null, objection("quanzhou", 2023, notice.agency(), "理由充分的异议", "名".repeat(101), null));
        JsonNode longReason = file(null, objection("quanzhou", 2023, notice.agency(), "长".repeat(2001), null, null));
        JsonNode notListed = file(null, objection("quanzhou", 2023, 987654321987L, "理由充分的异议", null, null));
        JsonNode noNotice = file(null, objection("quanzhou", 2019, notice.agency(), "理由充分的异议", null, null));
        JsonNode badCity = file(null, objection("No City!", 2023, notice.agency(), "理由充分的异议", null, null));
        JsonNode noDecision = decide("quanzhou-admin", "987654321987", true, "  ");

        assertThat(shortReason.path("errors").findValuesAsString("field")).containsExactly("input.reason");
        assertThat(shortReason.path("errors").get(0).path("message").asString()).isEqualTo("异议理由须为 5 到 2000 字（现为 2 字）");
        assertThat(longName.path("errors").findValuesAsString("field")).containsExactly("input.name");
        assertThat(longReason.path("errors").findValuesAsString("code")).containsExactly("REASON_LENGTH");
        assertThat(notListed.path("errors").findValuesAsString("field")).containsExactly("input.agencyId");
        assertThat(noNotice.path("errors").findValuesAsString("code")).containsExactly("NO_NOTICE");
        assertThat(badCity.path("errors").findValuesAsString("field")).containsExactly("input.tenant");
        assertThat(noDecision.path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("input.decision", "input.id");
        assertThat(shortReason.path("trackingCode").isNull()).isTrue();
        assertThat(objections()).isEqualTo(before);

        // after the period nobody files any more
        jdbc.update(
                "UPDATE rating_notice SET starts_on = ?, ends_on = ? WHERE tenant_id = 'quanzhou' AND id = ?",
                today().minusDays(9),
                today().minusDays(1),
                notice.id());
        JsonNode late = file(null, objection("quanzhou", 2023, notice.agency(), "理由充分的异议", null, null));
        assertThat(late.path("errors").findValuesAsString("code")).containsExactly("NOT_IN_NOTICE_PERIOD");
        assertThat(objections()).isEqualTo(before);
    }

    @Test
    void anAgencyUserObjectsOnlyForItsOwnAgencyAndStaffDoNotFile() {
        var notice = quanzhouNotice();
        long other = data.agency("quanzhou", "泉州另一机构", "evaluation");
        rows.result(
                "quanzhou",
                notice.run(),
                other,
                "泉州另一机构",
                "70",
                "合格",
                3,
                null,
                null,
                RatingRows.trail("管理", "70", "9.1", "-1", "0"));
        new AgencyFixtures(jdbc, port).linkAccount("quanzhou", "quanzhou-agency", notice.agency());
        int before = objections();

        JsonNode forOther = file("quanzhou-agency", objection("quanzhou", 2023, other, "他人的结果有误", null, null));
        JsonNode fromAnotherCity =
                file("linyi-agency", objection("quanzhou", 2023, notice.agency(), "外地机构的异议", null, null));
        String staff = api.errorClass(
                "quanzhou-inspector",
                FILE,
                Map.of("input", objection("quanzhou", 2023, notice.agency(), "检查员的异议", null, null)));
        assertThat(objections()).isEqualTo(before);

        JsonNode own = file("quanzhou-agency", objection("quanzhou", 2023, notice.agency(), "我机构的扣分有误", null, null));
        JsonNode mine = api.data("quanzhou-agency", MINE, Map.of()).path("myObjections");
        JsonNode listed = api.data("quanzhou-admin", LIST, Map.of("n", Long.toString(notice.id()), "s", "open"))
                .path("objections")
                .path("edges");

        assertThat(forOther.path("errors").findValuesAsString("field")).containsExactly("input.agencyId");
        assertThat(fromAnotherCity.path("errors").get(0).path("message").asString())
                .isEqualTo(forOther.path("errors")
                        .get(0)
                        .path("message")
                        .asString()
                        .replace(Long.toString(other), Long.toString(notice.agency())));
        assertThat(staff).isEqualTo("FORBIDDEN");
        assertThat(own.path("errors").size()).isZero();
        assertThat(mine.findValuesAsString("trackingCode"))
                .contains(own.path("trackingCode").asString());
        assertThat(listed.get(0).path("node").path("filerKind").asString()).isEqualTo("agency");
        assertThat(listed.get(0).path("node").path("filedBy").asString()).isEqualTo("quanzhou-agency");
        // another city's bureau finds neither the objections nor the objection to decide
        String id = listed.get(0).path("node").path("id").asString();
        assertThat(api.data("linyi-admin", LIST, Map.of("n", Long.toString(notice.id())))
                        .path("objections")
                        .path("edges")
                        .size())
                .isZero();
        assertThat(decide("linyi-admin", id, false, "外地处理").path("errors").findValuesAsString("code"))
                .containsExactly("NOT_FOUND");
        assertThat(api.errorClass(
                        "quanzhou-inspector",
                        DECIDE,
                        Map.of("input", Map.of("id", id, "accept", false, "decision", "检查员"))))
                .isEqualTo("FORBIDDEN");
    }

    /**
     * 临沂 2022, the whole journey: an agency objects to a finding; the bureau withdraws the finding
     * and accepts; the re-rating (a new run version) gives back the finding's points and the notice
     * shows it; the public tracking code reads 已采纳 with the decision.
     */
    @Test
    void anAcceptedObjectionReRatesAndTheNoticeShowsTheNewRunVersion() throws InterruptedException {
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        rows.finishActive("linyi", 2022);
        rows.closeNotices("linyi", 2022);
        long agency = data.agency("linyi", "临沂异议机构", "evaluation");
        new AgencyFixtures(jdbc, port).linkAccount("linyi", "linyi-agency", agency);
        // 1.2 无相应设施设备的，扣 2分 (item 1, 基础管理), confirmed
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, rule_code, evidence, source, observed_on, status, recorded_by)"
                        + " VALUES ('linyi', ?, 2022, '1.2', '现场未见培训室', 'routineInspection', '2022-05-10', 'confirmed',"
                        + " 'linyi-inspector')",
                agency);
        long finding = jdbc.queryForObject(
                "SELECT MAX(id) FROM finding WHERE tenant_id = 'linyi' AND agency_id = ?", Long.class, agency);
        // run 1 as the job wrote it: 88 with the 1.2 deduction of 2 in item 1
        long first = rows.completedRun("linyi", 2022, "2022年度评定");
        rows.result(
                "linyi",
                first,
                agency,
                "临沂异议机构",
                "88",
                "良好",
                1,
                null,
                null,
                RatingRows.trail("基础管理", "18", "1.2", "-2", "0"));
        long noticeId = api.data(
                        "linyi-admin",
                        NoticeIT.OPEN,
                        Map.of("input", Map.of("runId", Long.toString(first), "startsOn", today().toString())))
                .path("openNotice")
                .path("notice")
                .path("id")
                .asLong();

        JsonNode filed =
                file("linyi-agency", objection("linyi", 2022, agency, "我机构设有培训室，现场检查时在装修，1.2 扣分有误", null, null));
        String code = filed.path("trackingCode").asString();
        JsonNode withdrawn = api.data(
                        "linyi-admin",
                        "mutation($input: WithdrawFindingInput!) { withdrawFinding(input: $input) { finding { status } errors { code } } }",
                        Map.of("input", Map.of("id", Long.toString(finding), "reason", "异议采纳：培训室经复核存在")))
                .path("withdrawFinding");
        String objectionId = api.data("linyi-admin", LIST, Map.of("n", Long.toString(noticeId)))
                .path("objections")
                .path("edges")
                .get(0)
                .path("node")
                .path("id")
                .asString();
        JsonNode accepted = decide("linyi-admin", objectionId, true, "经复核培训室存在，撤销1.2扣分，重新评定")
                .path("objection");
        long rerun = accepted.path("rerun").path("id").asLong();

        assertThat(withdrawn.path("finding").path("status").asString()).isEqualTo("withdrawn");
        assertThat(accepted.path("status").asString()).isEqualTo("accepted");
        assertThat(accepted.path("rerun").path("status").asString()).isEqualTo("queued");
        assertThat(accepted.path("rerun").path("reason").asString()).isEqualTo("objection " + objectionId);
        assertThat(accepted.path("rerun").path("runVersion").asInt())
                .isEqualTo(jdbc.queryForObject("SELECT run_version FROM rating_run WHERE id = ?", Integer.class, first)
                        + 1);
        // until the re-rating completes, the notice shows run 1
        assertThat(publicTotal("linyi", 2022, agency)).isEqualByComparingTo("88");
        // the notice period over, the bureau may not publish run 1 while the re-rating it accepted is pending:
        // refused at once, in Chinese, and no publication is queued (the job would have refused it later)
        var period = jdbc.queryForMap(
                "SELECT starts_on, ends_on FROM rating_notice WHERE tenant_id = 'linyi' AND id = ?", noticeId);
        jdbc.update(
                "UPDATE rating_notice SET starts_on = ?, ends_on = ? WHERE tenant_id = 'linyi' AND id = ?",
                today().minusDays(9),
                today().minusDays(1),
                noticeId);
        JsonNode early = api.data(
                        "linyi-admin",
                        "mutation($input: PublishInput!) { publish(input: $input) { publication { id }"
                                + " errors { field code message } } }",
                        Map.of("input", Map.of("noticeId", Long.toString(noticeId))))
                .path("publish");
        assertThat(early.path("publication").isNull()).isTrue();
        assertThat(early.path("errors").get(0).path("field").asString()).isEqualTo("input.noticeId");
        assertThat(early.path("errors").get(0).path("code").asString()).isEqualTo("RERATING_PENDING");
        assertThat(early.path("errors").get(0).path("message").asString()).isEqualTo("异议采纳后的重新评定尚未完成或尚未更新到公示，请稍候片刻再公布");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM publication WHERE tenant_id = 'linyi' AND notice_id = ?",
                        Integer.class,
                        noticeId))
                .isZero();
        jdbc.update(
                "UPDATE rating_notice SET starts_on = ?, ends_on = ? WHERE tenant_id = 'linyi' AND id = ?",
                period.get("starts_on"),
                period.get("ends_on"),
                noticeId);

        // the job's part: the re-rating without the withdrawn 1.2 finding gives its 2 points back: 88 + 2 = 90 → 优秀
        rows.result(
                "linyi",
                rerun,
                agency,
                "临沂异议机构",
                "90",
                "优秀",
                1,
                null,
                null,
                RatingRows.trail("基础管理", "20", "1.1", "0", "0"));
        rows.complete("linyi", rerun);

        java.math.BigDecimal shown = null;
        for (int i = 0; i < 40; i++) {
            shown = publicTotal("linyi", 2022, agency);
            if (shown.compareTo(new java.math.BigDecimal("90")) == 0) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(shown).isEqualByComparingTo("90");
        JsonNode followed = status(code);
        assertThat(followed.path("statusText").asString()).isEqualTo("已采纳");
        assertThat(followed.path("decision").asString()).isEqualTo("经复核培训室存在，撤销1.2扣分，重新评定");
        JsonNode mine = api.data("linyi-agency", MINE, Map.of()).path("myObjections");
        assertThat(mine.get(0).path("statusText").asString()).isEqualTo("已采纳");
        JsonNode notice = api.data(
                        "linyi-admin",
                        "{ ratingNotice(year: 2022) { run { id runVersion } history { action actor reason } } }",
                        Map.of())
                .path("ratingNotice");
        assertThat(notice.path("run").path("id").asLong()).isEqualTo(rerun);
        assertThat(notice.path("history").findValuesAsString("action")).containsExactly("opened", "runChanged");
        assertThat(notice.path("history").get(1).path("reason").asString()).isEqualTo("objection " + objectionId);
    }

    record QuanzhouNotice(long id, long run, long agency) {}

    /** A quanzhou 2023 notice open today, showing one agency. */
    private QuanzhouNotice quanzhouNotice() {
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        rows.closeNotices("quanzhou", 2023);
        long agency = data.agency("quanzhou", "泉州异议机构", "evaluation");
        long run = rows.completedRun("quanzhou", 2023, "异议测试");
        rows.result(
                "quanzhou",
                run,
                agency,
                "泉州异议机构",
                "92",
                "优秀",
                1,
                null,
                null,
                RatingRows.trail("管理", "92", "9.1", "-1", "0"));
        JsonNode opened = api.data(
                        "quanzhou-admin",
                        NoticeIT.OPEN,
                        Map.of("input", Map.of("runId", Long.toString(run), "startsOn", today().toString())))
                .path("openNotice");
        assertThat(opened.path("errors").size()).as(opened.toString()).isZero();
        return new QuanzhouNotice(opened.path("notice").path("id").asLong(), run, agency);
    }

    private JsonNode file(String user, Map<String, Object> input) {
        JsonNode body = http.post(FILE, Map.of("input", input), user == null ? null : KeycloakTokens.accessToken(user))
                .body();
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data").path("fileObjection");
    }

    private JsonNode status(String code) {
        JsonNode body = http.post(STATUS, Map.of("c", code), null).body();
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data").path("objectionStatus");
    }

    private JsonNode decide(String user, String id, boolean accept, String decision) {
        return api.data(user, DECIDE, Map.of("input", Map.of("id", id, "accept", accept, "decision", decision)))
                .path("decideObjection");
    }

    private java.math.BigDecimal publicTotal(String tenant, int year, long agency) {
        JsonNode entries = http.post(PUBLIC, Map.of("t", tenant, "y", year), null)
                .body()
                .path("data")
                .path("publicNotice")
                .path("entries");
        for (JsonNode entry : entries) {
            if (entry.path("agencyId").asLong() == agency) {
                return entry.path("total").decimalValue();
            }
        }
        throw new AssertionError("agency not on the notice: " + entries);
    }

    private static Map<String, Object> objection(
            String tenant, int year, long agency, String reason, String name, String contact) {
        var input = new HashMap<String, Object>(
                Map.of("tenant", tenant, "year", year, "agencyId", Long.toString(agency), "reason", reason));
        if (name != null) {
            input.put("name", name);
        }
        if (contact != null) {
            input.put("contact", contact);
        }
        return input;
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private int objections() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM objection", Integer.class);
    }

    private int runs(String tenant, int year, String reason) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rating_run WHERE tenant_id = ? AND year = ? AND reason = ?",
                Integer.class,
                tenant,
                year,
                reason);
    }
}
