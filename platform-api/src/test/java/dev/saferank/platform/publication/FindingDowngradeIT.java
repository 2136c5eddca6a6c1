package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
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
 * 佛山's 不良信息 recorded the way the scheme wants proposes the revocation (issue 17 point 4), against the real servers.
 *
 * <p>Seed 004 第9项: "检查发现符合办法规定，为其记录“不良信息”的。不良信息一次扣10分" — so 佛山 records a 不良信息 as a finding
 * under rule 9.1 (sanctionsAsFindings.badRecord), never as a sanction. Seed 004 四（二）: "被评定的标杆机构有效期为1年，评定
 * 年度内发现违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位". Worked by hand: the 标杆 agency is published on
 * 31 August 2026 (PublicationRows); a confirmed 9.1 finding observed on 15 September 2026 is on or after that day, so
 * it proposes "取消佛山市安全生产技术服务标杆机构称号"; the same finding observed on 1 August 2026 (before), a draft 9.1
 * finding, and a confirmed 1.1 finding (not a 不良信息) propose nothing; a confirmed 9.1 finding later withdrawn loses its
 * proposal. Confirming queues the downgrade publication and bars year + 1 (one year: "一年内") under E3, naming the
 * finding.
 */
@RealServersTest
class FindingDowngradeIT {

    static final String PROPOSALS = "{ downgradeProposals { source sanctionId findingId findingRule publicationId"
            + " agencyName sanction decidedOn sanctionReason publishedGrade proposedGrade rule } }";
    static final String CONFIRM = "mutation($input: DowngradeProposalInput!) { confirmDowngrade(input: $input) {"
            + " publicationId bar { id exclusionCode firstYear lastYear sanctionId findingId standingPublicationId"
            + " wording } errors { field code message } } }";
    static final String DISMISS = "mutation($input: DismissDowngradeInput!) { dismissDowngrade(input: $input) {"
            + " errors { field code message } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    PublicationRows rows;
    TestData data;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        rows = new PublicationRows(jdbc, schemes);
        data = new TestData(jdbc, schemes);
    }

    @Test
    void aConfirmedBadRecordFindingProposesTheRevocationThatAPersonConfirms() {
        int year = PublicationRows.freshYear();
        // the bar's year (year + 1) is this test's too: no other test may publish in it
        PublicationRows.freshYear();
        data.activeSeedSchemeFor("foshan", "tenants/foshan/foshan-2023.yaml", year + 1);
        long run = rows.run("foshan", year);
        long publication = rows.published("foshan", year, run, 1, null, "publish", "[]");
        String name = "佛山不良信息标杆机构" + year;
        long benchmark = rows.agency("foshan", name, "evaluation");
        rows.entry("foshan", publication, benchmark, name, "95.0", "优秀", "优秀", 1, "benchmark", true, null);

        long badRecord = finding(benchmark, "9.1", "confirmed", LocalDate.of(2026, 9, 15), "出具的报告被记录不良信息");
        finding(benchmark, "9.1", "confirmed", LocalDate.of(2026, 8, 1), "公布前的不良信息");
        finding(benchmark, "9.1", "draft", LocalDate.of(2026, 9, 20), "未确认的不良信息");
        finding(benchmark, "1.1", "confirmed", LocalDate.of(2026, 9, 21), "未按时提交资料");
        long withdrawnLater = finding(benchmark, "9.1", "confirmed", LocalDate.of(2026, 10, 8), "误记的不良信息");

        List<JsonNode> proposals = proposals("foshan-admin", publication);
        assertThat(proposals)
                .extracting(p -> p.path("findingId").asString())
                .containsExactly(Long.toString(badRecord), Long.toString(withdrawnLater));
        JsonNode first = proposals.getFirst();
        assertThat(first.path("source").asString()).isEqualTo("finding");
        assertThat(first.path("sanctionId").isNull()).isTrue();
        assertThat(first.path("sanction").asString()).isEqualTo("不良信息");
        assertThat(first.path("findingRule").asString()).isEqualTo("9.1 不良信息一次扣10分");
        assertThat(first.path("decidedOn").asString()).isEqualTo("2026-09-15");
        assertThat(first.path("sanctionReason").asString()).isEqualTo("出具的报告被记录不良信息");
        assertThat(first.path("proposedGrade").asString()).isEqualTo("取消佛山市安全生产技术服务标杆机构称号");
        assertThat(first.path("rule").asString()).contains("一律取消标杆机构称号");

        // withdrawn through the finding's own lifecycle: its proposal goes with it
        JsonNode withdrawn = api.data(
                        "foshan-admin",
                        "mutation($input: WithdrawFindingInput!) { withdrawFinding(input: $input) { errors { code } } }",
                        Map.of("input", Map.of("id", Long.toString(withdrawnLater), "reason", "系误记，撤回")))
                .path("withdrawFinding");
        assertThat(withdrawn.path("errors").size()).as(withdrawn.toString()).isZero();
        assertThat(proposals("foshan-admin", publication))
                .extracting(p -> p.path("findingId").asString())
                .containsExactly(Long.toString(badRecord));

        // tenant isolation: another city neither sees nor decides it, by either mutation; nothing is written
        int decisions = jdbc.queryForObject("SELECT COUNT(*) FROM downgrade_decision", Integer.class);
        int publications = jdbc.queryForObject("SELECT COUNT(*) FROM publication", Integer.class);
        assertThat(proposals("suzhou-admin", publication)).isEmpty();
        Map<String, Object> key =
                Map.of("findingId", Long.toString(badRecord), "publicationId", Long.toString(publication));
        JsonNode foreign =
                api.data("suzhou-admin", CONFIRM, Map.of("input", key)).path("confirmDowngrade");
        assertThat(foreign.path("errors").findValuesAsString("code")).containsExactly("NO_PROPOSAL");
        assertThat(foreign.path("errors").get(0).path("field").asString()).isEqualTo("input.findingId");
        JsonNode foreignDismiss = api.data(
                        "suzhou-admin",
                        DISMISS,
                        Map.of(
                                "input",
                                Map.of(
                                        "findingId", Long.toString(badRecord),
                                        "publicationId", Long.toString(publication),
                                        "reason", "非本市机构")))
                .path("dismissDowngrade");
        assertThat(foreignDismiss.path("errors").findValuesAsString("code")).containsExactly("NO_PROPOSAL");
        // a sanction id and a finding id at once, or neither: refused in Chinese by field
        JsonNode both = api.data(
                        "foshan-admin",
                        CONFIRM,
                        Map.of(
                                "input",
                                Map.of(
                                        "sanctionId", Long.toString(badRecord),
                                        "findingId", Long.toString(badRecord),
                                        "publicationId", Long.toString(publication))))
                .path("confirmDowngrade");
        assertThat(both.path("errors").findValuesAsString("code")).containsExactly("ONE_SOURCE");
        assertThat(both.path("errors").get(0).path("message").asString()).contains("只能填写", "之一");
        JsonNode neither = api.data(
                        "foshan-admin", CONFIRM, Map.of("input", Map.of("publicationId", Long.toString(publication))))
                .path("confirmDowngrade");
        assertThat(neither.path("errors").findValuesAsString("code")).containsExactly("ONE_SOURCE");
        assertThat(neither.path("errors").get(0).path("field").asString()).isEqualTo("input.sanctionId");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM downgrade_decision", Integer.class))
                .isEqualTo(decisions);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication", Integer.class))
                .isEqualTo(publications);

        // confirmed: the revocation is queued, and the bar of year + 1 under E3 names the finding
        JsonNode confirmed =
                api.data("foshan-admin", CONFIRM, Map.of("input", key)).path("confirmDowngrade");
        assertThat(confirmed.path("errors").size()).as(confirmed.toString()).isZero();
        long revoking = Long.parseLong(confirmed.path("publicationId").asString());
        Map<String, Object> queued = jdbc.queryForMap(
                "SELECT kind, supersedes_id, agency_id, reason FROM publication WHERE id = ?", revoking);
        assertThat(queued.get("kind")).isEqualTo("downgrade");
        assertThat(((Number) queued.get("supersedes_id")).longValue()).isEqualTo(publication);
        assertThat(((Number) queued.get("agency_id")).longValue()).isEqualTo(benchmark);
        assertThat((String) queued.get("reason")).isEqualTo("2026-09-15 检查发现不良信息（9.1 不良信息一次扣10分）：出具的报告被记录不良信息");
        JsonNode bar = confirmed.path("bar");
        assertThat(bar.path("exclusionCode").asString()).isEqualTo("E3");
        assertThat(bar.path("firstYear").asInt()).isEqualTo(year + 1);
        assertThat(bar.path("lastYear").asInt()).isEqualTo(year + 1);
        assertThat(bar.path("findingId").asString()).isEqualTo(Long.toString(badRecord));
        assertThat(bar.path("sanctionId").isNull()).isTrue();
        assertThat(bar.path("standingPublicationId").asString()).isEqualTo(Long.toString(revoking));
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(year, ' ', rule_code) FROM finding WHERE tenant_id = 'foshan' AND agency_id = ?"
                                + " AND source = 'ratingBar' AND status = 'confirmed'",
                        String.class,
                        benchmark))
                .containsExactly((year + 1) + " E3");
        // the decision is keyed by the finding, its history and audit record name it
        assertThat(jdbc.queryForMap(
                        "SELECT sanction_id, finding_id, decision FROM downgrade_decision WHERE tenant_id = 'foshan'"
                                + " AND publication_id = ?",
                        publication))
                .containsEntry("sanction_id", null)
                .containsEntry("finding_id", badRecord)
                .containsEntry("decision", "confirmed");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM change_history WHERE tenant_id = 'foshan' AND entity_type ="
                                + " 'downgradeProposal' AND entity_id = ? AND action = 'confirmed'",
                        Integer.class,
                        "finding-" + badRecord + ":" + publication))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_record WHERE tenant_id = 'foshan' AND action = 'DOWNGRADE_REQUESTED'"
                                + " AND target_type = 'publication' AND target_id = ?",
                        String.class,
                        Long.toString(revoking)))
                .contains(
                        "\"findingId\":\"" + badRecord + "\"",
                        "\"ratingBarId\":\"" + bar.path("id").asString());
        assertThat(proposals("foshan-admin", publication)).isEmpty();
        // confirmed once: a second confirmation finds no proposal
        assertThat(api.data("foshan-admin", CONFIRM, Map.of("input", key))
                        .path("confirmDowngrade")
                        .path("errors")
                        .findValuesAsString("code"))
                .containsExactly("NO_PROPOSAL");
    }

    private long finding(long agency, String rule, String status, LocalDate observedOn, String evidence) {
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source, observed_on,"
                        + " status, recorded_by, confirmed_by) VALUES ('foshan', ?, ?, 'rule', ?, 1, ?,"
                        + " 'routineInspection', ?, ?, 'foshan-inspector', ?)",
                agency,
                observedOn.getYear(),
                rule,
                evidence,
                observedOn,
                status,
                status.equals("confirmed") ? "foshan-admin" : null);
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM finding WHERE tenant_id = 'foshan' AND agency_id = ?", Long.class, agency);
    }

    private List<JsonNode> proposals(String user, long publication) {
        List<JsonNode> mine = new ArrayList<>();
        api.data(user, PROPOSALS, Map.of()).path("downgradeProposals").forEach(p -> {
            if (p.path("publicationId").asString().equals(Long.toString(publication))) {
                mine.add(p);
            }
        });
        return mine;
    }
}
