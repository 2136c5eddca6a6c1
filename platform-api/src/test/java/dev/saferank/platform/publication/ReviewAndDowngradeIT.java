package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What a rating leads to (issue 17, point 4), against the real servers: 复核 within the period the bureau sets
 * — refused before it is set, after it ends and with a reason too short, nothing written — upheld, or
 * corrected with a re-rated run as a correction publication naming what it supersedes; and 苏州 7.6.4 ("机构取得
 * 星级后，受到相关行业主管部门约谈、通报批评…由评定部门按照等级评定标准及时降低或取消其评定等级，并予以公告"): a 约谈 recorded
 * after the publication proposes 五星 → 四星 for a person to confirm (a downgrade publication) or dismiss.
 */
@RealServersTest
class ReviewAndDowngradeIT {

    static final String REQUEST = "mutation($input: RequestReviewInput!) { requestReview(input: $input) {"
            + " reviewRequest { id status agencyName } errors { field code message } } }";
    static final String DECIDE = "mutation($input: DecideReviewInput!) { decideReview(input: $input) {"
            + " reviewRequest { id status decisionReason correctionPublicationId } errors { field code message } } }";
    static final String PERIOD = "mutation($input: SetReviewPeriodInput!) { setReviewPeriod(input: $input) { endsOn"
            + " errors { field code message } } }";
    static final String PROPOSALS = "{ downgradeProposals { sanctionId publicationId agencyId agencyName sanction"
            + " publishedGrade proposedGrade rule } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    PublicationRows rows;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        rows = new PublicationRows(jdbc, schemes);
    }

    @Test
    void anAgencyRequestsAReviewWithinThePeriodAndTheBureauUpholdsOrCorrectsIt() {
        int year = PublicationRows.freshYear();
        long run = rows.run("quanzhou", year);
        long publication = rows.published("quanzhou", year, run, 1, null, "publish", "[]");
        long agency = rows.agency("quanzhou", "泉州复核申请机构" + year, "evaluation");
        rows.entry("quanzhou", publication, agency, "泉州复核申请机构" + year, "78.5", "合格", "合格", 1, "", true, null);
        jdbc.update(
                "UPDATE agency SET account_user = NULL WHERE tenant_id = 'quanzhou' AND account_user = 'quanzhou-agency'");
        jdbc.update("UPDATE agency SET account_user = 'quanzhou-agency' WHERE id = ?", agency);
        Map<String, Object> request =
                Map.of("publicationId", Long.toString(publication), "reason", "第7项扣分所依据的检查记录并非本机构的项目，请予复核");

        // no period set yet: refused, nothing written
        assertThat(codes(requestReview(request))).containsExactly("NO_REVIEW_PERIOD");
        // the bureau sets it: not before the publication day (31 August 2026)
        assertThat(codes(period(publication, LocalDate.of(2026, 8, 30)))).containsExactly("BEFORE_PUBLICATION");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(period(publication, today.plusDays(10)).path("endsOn").asString())
                .isEqualTo(today.plusDays(10).toString());
        JsonNode tooShort = requestReview(Map.of("publicationId", Long.toString(publication), "reason", "不服"));
        assertThat(codes(tooShort)).containsExactly("INVALID_REASON");
        assertThat(tooShort.path("errors").get(0).path("field").asString()).isEqualTo("input.reason");
        assertThat(count(publication)).isZero();

        JsonNode filed = requestReview(request);
        assertThat(filed.path("reviewRequest").path("status").asString()).isEqualTo("open");
        assertThat(codes(requestReview(request))).containsExactly("ALREADY_REQUESTED");
        String id = filed.path("reviewRequest").path("id").asString();
        assertThat(api.data(
                                "quanzhou-admin",
                                "query($p: ID!) { reviewRequests(publicationId: $p) { id agencyName } }",
                                Map.of("p", Long.toString(publication)))
                        .path("reviewRequests")
                        .findValuesAsString("id"))
                .containsExactly(id);
        // another city's bureau cannot decide it
        assertThat(api.body(
                                "suzhou-admin",
                                DECIDE,
                                Map.of("input", Map.of("id", id, "decision", "uphold", "reason", "维持")))
                        .path("data")
                        .path("decideReview")
                        .path("errors")
                        .findValuesAsString("code"))
                .containsExactly("NOT_FOUND");

        // upheld with the reason, and audited: the bureau's decision, by whom, on which request (the refusal above is
        // not)
        assertThat(audits("quanzhou", "REVIEW_DECIDED", "reviewRequest", id)).isEmpty();
        JsonNode upheld = decide(Map.of("id", id, "decision", "uphold", "reason", "经核查，第7项扣分依据属实"));
        assertThat(upheld.path("reviewRequest").path("status").asString()).isEqualTo("upheld");
        assertThat(audits("quanzhou", "REVIEW_DECIDED", "reviewRequest", id))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("actor")).isEqualTo("quanzhou-admin");
                    assertThat((String) a.get("details"))
                            .contains("\"decision\":\"upheld\"", "\"publicationId\":\"" + publication + "\"");
                });

        // a second request, corrected with a re-rated run: a correction publication naming what it supersedes
        String second = requestReview(request).path("reviewRequest").path("id").asString();
        long rerated = rows.run("quanzhou", year);
        assertThat(codes(decide(Map.of("id", second, "decision", "correct", "reason", "检查记录有误"))))
                .containsExactly("REQUIRED");
        JsonNode corrected = decide(
                Map.of("id", second, "decision", "correct", "reason", "检查记录有误，重新考评", "runId", Long.toString(rerated)));
        assertThat(corrected.path("errors").size()).as(corrected.toString()).isZero();
        long correction = Long.parseLong(
                corrected.path("reviewRequest").path("correctionPublicationId").asString());
        Map<String, Object> queued = jdbc.queryForMap(
                "SELECT kind, supersedes_id, run_id, reason FROM publication WHERE id = ?", correction);
        assertThat(queued.get("kind")).isEqualTo("correct");
        assertThat(((Number) queued.get("supersedes_id")).longValue()).isEqualTo(publication);
        assertThat(((Number) queued.get("run_id")).longValue()).isEqualTo(rerated);
        assertThat((String) queued.get("reason")).startsWith("复核申请第" + second + "号：");
        // the refused decision (no run) is not recorded; the correction is, naming the publication it queued
        assertThat(audits("quanzhou", "REVIEW_DECIDED", "reviewRequest", second))
                .singleElement()
                .satisfies(a -> assertThat((String) a.get("details"))
                        .contains("\"decision\":\"corrected\"", "\"correctionPublicationId\":\"" + correction + "\""));

        // after the period: refused in Chinese, nothing written
        period(publication, today.minusDays(1));
        int before = count(publication);
        JsonNode late = requestReview(request);
        assertThat(codes(late)).containsExactly("REVIEW_PERIOD_OVER");
        assertThat(late.path("errors").get(0).path("message").asString()).contains("复核申请期限已于", "截止");
        assertThat(count(publication)).isEqualTo(before);
    }

    @Test
    void aSanctionAfterPublicationProposesTheDowngradeThatAPersonConfirms() {
        int year = PublicationRows.freshYear();
        long run = rows.run("suzhou", year);
        long publication = rows.published("suzhou", year, run, 1, null, "publish", "[]");
        long star = rows.agency("suzhou", "苏州五星降级机构" + year, "evaluation");
        long other = rows.agency("suzhou", "苏州四星机构" + year, "evaluation");
        rows.entry("suzhou", publication, star, "苏州五星降级机构" + year, "93.0", "五星", "五星", 1, "fiveStar", true, null);
        rows.entry("suzhou", publication, other, "苏州四星机构" + year, "80.0", "四星", "四星", 2, "fourStar", true, null);
        // published 31 August 2026: a 约谈 after it proposes; one before it and a 不良信息 (not named in 7.6.4) do not
        long interview = sanction("suzhou", star, "interview", LocalDate.of(2026, 9, 15));
        sanction("suzhou", star, "interview", LocalDate.of(2026, 8, 1));
        sanction("suzhou", star, "badRecord", LocalDate.of(2026, 9, 20));
        long circular = sanction("suzhou", other, "circular", LocalDate.of(2026, 10, 8));

        List<JsonNode> proposals = proposals(publication);
        assertThat(proposals).hasSize(2);
        JsonNode first = proposals.getFirst();
        assertThat(first.path("sanctionId").asString()).isEqualTo(Long.toString(interview));
        assertThat(first.path("sanction").asString()).isEqualTo("约谈");
        // lowerGrade by one band of 苏州's bands (五星 ≥90, 四星 ≥75, 三星 ≥60): 五星 → 四星
        assertThat(first.path("publishedGrade").asString()).isEqualTo("五星");
        assertThat(first.path("proposedGrade").asString()).isEqualTo("降为四星");
        assertThat(first.path("rule").asString()).contains("约谈、通报批评");
        assertThat(proposals.get(1).path("proposedGrade").asString()).isEqualTo("降为三星");

        // dismissed with a reason (refused without one)
        Map<String, Object> dismiss = Map.of(
                "sanctionId", Long.toString(circular), "publicationId", Long.toString(publication), "reason", "");
        assertThat(api.data(
                                "suzhou-admin",
                                "mutation($input: DismissDowngradeInput!) { dismissDowngrade(input: $input) { errors { code } } }",
                                Map.of("input", dismiss))
                        .path("dismissDowngrade")
                        .path("errors")
                        .findValuesAsString("code"))
                .containsExactly("INVALID_REASON");
        api.data(
                "suzhou-admin",
                "mutation($input: DismissDowngradeInput!) { dismissDowngrade(input: $input) { errors { code } } }",
                Map.of(
                        "input",
                        Map.of(
                                "sanctionId", Long.toString(circular),
                                "publicationId", Long.toString(publication),
                                "reason", "通报系误发，已撤回")));
        assertThat(proposals(publication)).hasSize(1);
        // every decision on a proposal is audited: the dismissal with the publication and the sanction, by whom (the
        // refusal without a reason is not recorded)
        assertThat(audits("suzhou", "DOWNGRADE_DISMISSED", "publication", Long.toString(publication)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("actor")).isEqualTo("suzhou-admin");
                    assertThat((String) a.get("details")).isEqualTo("{\"sanctionId\":\"" + circular + "\"}");
                });

        // confirmed: the downgrade publication is queued, naming the publication and the agency
        JsonNode confirmed = api.data(
                        "suzhou-admin",
                        "mutation($input: DowngradeProposalInput!) { confirmDowngrade(input: $input) { publicationId"
                                + " errors { code message } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "sanctionId", Long.toString(interview),
                                        "publicationId", Long.toString(publication))))
                .path("confirmDowngrade");
        assertThat(confirmed.path("errors").size()).as(confirmed.toString()).isZero();
        Map<String, Object> queued = jdbc.queryForMap(
                "SELECT kind, supersedes_id, agency_id, reason FROM publication WHERE id = ?",
                Long.parseLong(confirmed.path("publicationId").asString()));
        assertThat(queued.get("kind")).isEqualTo("downgrade");
        assertThat(((Number) queued.get("supersedes_id")).longValue()).isEqualTo(publication);
        assertThat(((Number) queued.get("agency_id")).longValue()).isEqualTo(star);
        assertThat((String) queued.get("reason")).contains("2026-09-15", "约谈");
        assertThat(proposals(publication)).isEmpty();
        assertThat(audits(
                        "suzhou",
                        "DOWNGRADE_REQUESTED",
                        "publication",
                        confirmed.path("publicationId").asString()))
                .singleElement()
                .satisfies(a -> assertThat((String) a.get("details"))
                        .contains("\"sanctionId\":\"" + interview + "\"", "\"supersedes\":\"" + publication + "\""));
        // linked on the sanctions themselves: the 约谈 confirmed with its downgrade publication, the 通报 dismissed
        Map<String, JsonNode> bySanction = new java.util.HashMap<>();
        for (long agency : new long[] {star, other}) {
            api.data(
                            "suzhou-admin",
                            "query($a: ID) { sanctions(first: 50, filter: {agencyId: $a}) { edges { node { id"
                                    + " downgrades { publicationId status reason downgradePublicationId } } } } }",
                            Map.of("a", Long.toString(agency)))
                    .path("sanctions")
                    .path("edges")
                    .forEach(e -> bySanction.put(e.path("node").path("id").asString(), e.path("node")));
        }
        JsonNode linked =
                bySanction.get(Long.toString(interview)).path("downgrades").get(0);
        assertThat(linked.path("status").asString()).isEqualTo("confirmed");
        assertThat(linked.path("downgradePublicationId").asString())
                .isEqualTo(confirmed.path("publicationId").asString());
        JsonNode dismissedLink =
                bySanction.get(Long.toString(circular)).path("downgrades").get(0);
        assertThat(dismissedLink.path("status").asString()).isEqualTo("dismissed");
        assertThat(dismissedLink.path("reason").asString()).isEqualTo("通报系误发，已撤回");
        // another city sees none of it
        assertThat(api.data("quanzhou-admin", PROPOSALS, Map.of())
                        .path("downgradeProposals")
                        .findValuesAsString("publicationId"))
                .doesNotContain(Long.toString(publication));
    }

    private List<Map<String, Object>> audits(String tenant, String action, String targetType, String targetId) {
        return jdbc.queryForList(
                "SELECT actor, details FROM audit_record WHERE tenant_id = ? AND action = ? AND target_type = ?"
                        + " AND target_id = ?",
                tenant,
                action,
                targetType,
                targetId);
    }

    private List<JsonNode> proposals(long publication) {
        List<JsonNode> mine = new java.util.ArrayList<>();
        api.data("suzhou-admin", PROPOSALS, Map.of()).path("downgradeProposals").forEach(p -> {
            if (p.path("publicationId").asString().equals(Long.toString(publication))) {
                mine.add(p);
            }
        });
        return mine;
    }

    private long sanction(String tenant, long agency, String type, LocalDate decidedOn) {
        jdbc.update(
                "INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by)"
                        + " VALUES (?, ?, ?, ?, 'city', ?, '市应急管理局', '服务中未到现场', 'test')",
                tenant,
                agency,
                decidedOn.getYear(),
                type,
                decidedOn);
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM sanction WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agency);
    }

    private JsonNode requestReview(Map<String, Object> input) {
        return api.data("quanzhou-agency", REQUEST, Map.of("input", input)).path("requestReview");
    }

    private JsonNode decide(Map<String, Object> input) {
        return api.data("quanzhou-admin", DECIDE, Map.of("input", input)).path("decideReview");
    }

    private JsonNode period(long publication, LocalDate endsOn) {
        return api.data(
                        "quanzhou-admin",
                        PERIOD,
                        Map.of(
                                "input",
                                Map.of("publicationId", Long.toString(publication), "endsOn", endsOn.toString())))
                .path("setReviewPeriod");
    }

    private int count(long publication) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM review_request WHERE tenant_id = 'quanzhou' AND publication_id = ?",
                Integer.class,
                publication);
    }

    private static List<String> codes(JsonNode payload) {
        return payload.path("errors").findValuesAsString("code");
    }
}
