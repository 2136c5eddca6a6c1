package dev.saferank.platform.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public files complaints (anonymous or with contact, rate-limited, followed by a tracking
 * code); the bureau triages them, closes them with a reason or opens a case, records its steps and
 * outcome, and a confirmed outcome names the findings to record.
 */
@RealServersTest
class ComplaintsIT {

    static final String FILE = "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {"
            + " trackingCode errors { field code message } } }";
    static final String STATUS = "query($code: String!) { complaintStatus(trackingCode: $code) {"
            + " trackingCode subject status statusLabel closeReason } }";
    static final String COMPLAINT_FIELDS = "complaint { id version status agencyId agency agencyName anonymous"
            + " contactName contactPhone triageNote closeReason reports { id title } history { action actor } }"
            + " errors { field code message }";
    static final String TRIAGE =
            "mutation($input: TriageComplaintInput!) { triageComplaint(input: $input) { " + COMPLAINT_FIELDS + " } }";
    static final String CLOSE =
            "mutation($input: CloseComplaintInput!) { closeComplaint(input: $input) { " + COMPLAINT_FIELDS + " } }";
    static final String CASE_FIELDS = "enforcementCase { id version status outcome outcomeNote agencyId agencyName"
            + " complaintId steps { kind takenOn note recordedBy } findingProposals { year ruleCode evidence }"
            + " history { action actor } } errors { field code message }";
    static final String OPEN_CASE =
            "mutation($input: OpenCaseInput!) { openCase(input: $input) { " + CASE_FIELDS + " } }";
    static final String STEP =
            "mutation($input: RecordCaseStepInput!) { recordCaseStep(input: $input) { " + CASE_FIELDS + " } }";
    static final String CLOSE_CASE =
            "mutation($input: CloseCaseInput!) { closeCase(input: $input) { " + CASE_FIELDS + " } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    PublicHttp http;
    long agency;
    long report;

    @BeforeEach
    void agency() {
        api = new Api(port);
        http = new PublicHttp(port);
        var data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        agency = data.agency("quanzhou", "泉州被投诉机构", "evaluation");
        jdbc.update(
                "INSERT INTO report (tenant_id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES ('quanzhou', ?, '泉州某化工厂', 'evaluation', '化工厂安全现状评价报告', '2023-05-01', '正文', 'text', 'test')",
                agency);
        report = jdbc.queryForObject("SELECT MAX(id) FROM report WHERE agency_id = ?", Long.class, agency);
    }

    @Test
    void anAnonymousComplaintIsFollowedByItsTrackingCodeWithoutContactDetails() {
        String code = file(PublicHttp.uniqueAddress(), complaint(true))
                .path("trackingCode")
                .asString();

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{16}");
        JsonNode status = http.post("203.0.113.9", STATUS, Map.of("code", code))
                .path("data")
                .path("complaintStatus");
        assertThat(status.path("status").asString()).isEqualTo("received");
        assertThat(status.path("statusLabel").asString()).isEqualTo("已受理，待处理");
        assertThat(status.path("subject").asString()).isEqualTo("评价报告未到现场即出具");
        JsonNode complaint = bureauView(code);
        assertThat(complaint.path("anonymous").asBoolean()).isTrue();
        assertThat(complaint.path("contactName").isNull()).isTrue();
        assertThat(http.post("203.0.113.9", STATUS, Map.of("code", "0000000000000000"))
                        .path("data")
                        .path("complaintStatus")
                        .isNull())
                .isTrue();
    }

    @Test
    void aComplaintWithContactKeepsItForTheBureauOnly() {
        var input = complaint(false);
        String code =
                file(PublicHttp.uniqueAddress(), input).path("trackingCode").asString();

        JsonNode complaint = bureauView(code);

        // masked by default (张**, first three and last four of the telephone); in full only by revealing
        assertThat(complaint.path("contactName").asString()).isEqualTo("张**");
        assertThat(complaint.path("contactPhone").asString()).isEqualTo("059******3333");
        assertThat(api.errorClass(
                        "quanzhou-agency",
                        "query($id: ID!) { complaint(id: $id) { id } }",
                        Map.of("id", complaint.path("id").asString())))
                .isEqualTo("FORBIDDEN");
        assertThat(api.errorClass(
                        "linyi-admin",
                        "query($id: ID!) { complaint(id: $id) { id } }",
                        Map.of("id", complaint.path("id").asString())))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void oneAddressFilesAtMostFiveAnHourAndTheSixthIsRefusedInChinese() {
        String address = PublicHttp.uniqueAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(file(address, complaint(true)).path("errors").size()).isZero();
        }

        JsonNode refused = file(address, complaint(true));

        assertThat(refused.path("trackingCode").isNull()).isTrue();
        assertThat(refused.path("errors").findValuesAsString("code")).containsExactly("RATE_LIMITED");
        assertThat(refused.path("errors").findValuesAsString("message"))
                .containsExactly("提交过于频繁：每个网络地址每小时最多提交 5 件投诉，请稍后再试");
        assertThat(file(PublicHttp.uniqueAddress(), complaint(true))
                        .path("errors")
                        .size())
                .isZero();
    }

    @Test
    void badInputNamesEachFieldAndWritesNothing() {
        int before = complaints();
        var input = complaint(false);
        input.put("city", "atlantis");
        input.put("subject", "");
        input.put("contactName", null);
        input.put("contactPhone", "电话");

        JsonNode errors = file(PublicHttp.uniqueAddress(), input).path("errors");

        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder("input.city", "input.subject", "input.contactName", "input.contactPhone");
        assertThat(errors.findValuesAsString("message")).contains("未找到该城市，请选择受理投诉的城市", "请填写投诉事项");
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void aComplaintClosedWithAReasonShowsTheReasonToTheComplainant() {
        String code = file(PublicHttp.uniqueAddress(), complaint(true))
                .path("trackingCode")
                .asString();
        JsonNode complaint = bureauView(code);

        JsonNode closed = api.data(
                        "quanzhou-inspector",
                        CLOSE,
                        Map.of(
                                "input",
                                Map.of(
                                        "id", complaint.path("id").asString(),
                                        "version", complaint.path("version").asInt(),
                                        "reason", "经核查，该报告已按规定开展现场勘查，投诉不属实")))
                .path("closeComplaint")
                .path("complaint");

        assertThat(closed.path("status").asString()).isEqualTo("closed");
        JsonNode status = http.post("203.0.113.9", STATUS, Map.of("code", code))
                .path("data")
                .path("complaintStatus");
        assertThat(status.path("statusLabel").asString()).isEqualTo("已办结");
        assertThat(status.path("closeReason").asString()).isEqualTo("经核查，该报告已按规定开展现场勘查，投诉不属实");
    }

    @Test
    void aTriagedComplaintBecomesACaseWhoseConfirmedOutcomeNamesTheFindings() {
        String code = file(PublicHttp.uniqueAddress(), complaint(true))
                .path("trackingCode")
                .asString();
        JsonNode complaint = bureauView(code);
        String id = complaint.path("id").asString();

        JsonNode triaged = api.data(
                        "quanzhou-inspector",
                        TRIAGE,
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        id,
                                        "version",
                                        1,
                                        "agencyId",
                                        String.valueOf(agency),
                                        "reportIds",
                                        List.of(String.valueOf(report)),
                                        "note",
                                        "投诉涉及的报告已调取")))
                .path("triageComplaint");
        JsonNode stale = api.data(
                        "quanzhou-admin", CLOSE, Map.of("input", Map.of("id", id, "version", 1, "reason", "重复")))
                .path("closeComplaint");
        JsonNode opened = api.data(
                        "quanzhou-admin",
                        OPEN_CASE,
                        Map.of("input", Map.of("complaintId", id, "version", 2, "title", "泉州被投诉机构未到现场出具评价报告案")))
                .path("openCase")
                .path("enforcementCase");
        String caseId = opened.path("id").asString();
        step(caseId, 1, "inspection", "2023-08-01", "现场检查：该机构无现场勘查记录");
        step(caseId, 2, "interview", "2023-08-05", "约谈机构负责人，承认未到现场");
        JsonNode closed = api.data(
                        "quanzhou-admin",
                        CLOSE_CASE,
                        Map.of(
                                "input",
                                Map.of(
                                        "caseId",
                                        caseId,
                                        "version",
                                        3,
                                        "outcome",
                                        "confirmed",
                                        "note",
                                        "投诉属实：评价报告未经现场勘查即出具",
                                        "findings",
                                        List.of(Map.of(
                                                "year", 2023, "ruleCode", "14.5a", "evidence", "化工厂安全现状评价报告无现场勘查记录")))))
                .path("closeCase")
                .path("enforcementCase");

        assertThat(triaged.path("complaint").path("status").asString()).isEqualTo("triaged");
        assertThat(triaged.path("complaint").path("agency").asString()).isEqualTo("泉州被投诉机构");
        assertThat(triaged.path("complaint").path("reports").findValuesAsString("title"))
                .containsExactly("化工厂安全现状评价报告");
        assertThat(stale.path("errors").findValuesAsString("code")).containsExactly("STALE_VERSION");
        assertThat(opened.path("agencyName").asString()).isEqualTo("泉州被投诉机构");
        assertThat(closed.path("status").asString()).isEqualTo("closed");
        assertThat(closed.path("outcome").asString()).isEqualTo("confirmed");
        assertThat(closed.path("steps").findValuesAsString("kind")).containsExactly("inspection", "interview");
        assertThat(closed.path("findingProposals").findValuesAsString("ruleCode"))
                .containsExactly("14.5a");
        assertThat(closed.path("history").findValuesAsString("action"))
                .containsExactly("opened", "step", "step", "closed");
        assertThat(closed.path("version").asInt()).isEqualTo(4);
        JsonNode status = http.post("203.0.113.9", STATUS, Map.of("code", code))
                .path("data")
                .path("complaintStatus");
        assertThat(status.path("statusLabel").asString()).isEqualTo("已立案调查");
    }

    @Test
    void findingsNeedAConfirmedOutcomeAndAnotherTenantCannotTouchTheCase() {
        String code = file(PublicHttp.uniqueAddress(), complaint(true))
                .path("trackingCode")
                .asString();
        String id = bureauView(code).path("id").asString();
        api.data(
                "quanzhou-inspector",
                TRIAGE,
                Map.of("input", Map.of("id", id, "version", 1, "agencyId", String.valueOf(agency))));
        String caseId = api.data(
                        "quanzhou-inspector",
                        OPEN_CASE,
                        Map.of("input", Map.of("complaintId", id, "version", 2, "title", "核查案")))
                .path("openCase")
                .path("enforcementCase")
                .path("id")
                .asString();
        var unfounded = Map.of(
                "input",
                Map.of(
                        "caseId",
                        caseId,
                        "version",
                        1,
                        "outcome",
                        "unfounded",
                        "note",
                        "不属实",
                        "findings",
                        List.of(Map.of("year", 2023, "ruleCode", "14.5a", "evidence", "无"))));

        assertThat(api.data("quanzhou-admin", CLOSE_CASE, unfounded)
                        .path("closeCase")
                        .path("errors")
                        .findValuesAsString("code"))
                .containsExactly("NOT_CONFIRMED");
        assertThat(api.errorClass("linyi-admin", CLOSE_CASE, unfounded)).isEqualTo("NOT_FOUND");
        assertThat(api.errorClass(
                        "linyi-admin", "query($id: ID!) { enforcementCase(id: $id) { id } }", Map.of("id", caseId)))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass(
                        "linyi-admin",
                        TRIAGE,
                        Map.of("input", Map.of("id", id, "version", 2, "agencyId", String.valueOf(agency)))))
                .isEqualTo("NOT_FOUND");
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM enforcement_case WHERE id = ?", String.class, Long.parseLong(caseId)))
                .isEqualTo("open");
    }

    private void step(String caseId, int version, String kind, String on, String note) {
        JsonNode payload = api.data(
                        "quanzhou-inspector",
                        STEP,
                        Map.of(
                                "input",
                                Map.of(
                                        "caseId", caseId, "version", version, "kind", kind, "takenOn", on, "note",
                                        note)))
                .path("recordCaseStep");
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
    }

    @Test
    void anAnonymousComplaintHasNoContactToRevealAndTheAttemptIsNotRecorded() {
        String code = file(PublicHttp.uniqueAddress(), complaint(true))
                .path("trackingCode")
                .asString();
        String id = String.valueOf(
                jdbc.queryForObject("SELECT id FROM complaint WHERE tracking_code = ?", Long.class, code));

        JsonNode refused = api.data(
                        "quanzhou-inspector",
                        "mutation($input: RevealPersonalDataInput!) { revealComplaintContact(input: $input) {"
                                + " contact { name contact } errors { field code message } } }",
                        Map.of("input", Map.of("id", id, "reason", "电话回访投诉人核实现场情况")))
                .path("revealComplaintContact");

        assertThat(refused.path("contact").isNull()).isTrue();
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.id");
        assertThat(refused.path("errors").get(0).path("code").asString()).isEqualTo("NO_CONTACT");
        assertThat(refused.path("errors").get(0).path("message").asString())
                .isEqualTo("该投诉为匿名投诉或联系方式已按保存期限删除，没有可查看的联系方式");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM change_history WHERE tenant_id = 'quanzhou' AND entity_type = 'complaint'"
                                + " AND entity_id = ? AND action = 'personalDataRevealed'",
                        Integer.class,
                        id))
                .isZero();
    }

    @Test
    void theContactIsSealedAtRestAndRevealedOnlyForAStatedReasonWhichIsRecorded() {
        String code = file(PublicHttp.uniqueAddress(), complaint(false))
                .path("trackingCode")
                .asString();
        var stored =
                jdbc.queryForMap("SELECT id, contact_name, contact_phone FROM complaint WHERE tracking_code = ?", code);
        assertThat((String) stored.get("contact_name")).startsWith("gcm1:t1:").doesNotContain("张先生");
        assertThat((String) stored.get("contact_phone")).startsWith("gcm1:t1:").doesNotContain("22223333");
        String id = String.valueOf(stored.get("id"));
        String reveal = "mutation($input: RevealPersonalDataInput!) { revealComplaintContact(input: $input) {"
                + " contact { name contact } errors { field code message } } }";

        JsonNode noReason = api.data("quanzhou-inspector", reveal, Map.of("input", Map.of("id", id, "reason", " ")))
                .path("revealComplaintContact");
        assertThat(noReason.path("contact").isNull()).isTrue();
        assertThat(noReason.path("errors").get(0).path("field").asString()).isEqualTo("input.reason");
        assertThat(noReason.path("errors").get(0).path("message").asString()).isEqualTo("请填写查看理由");
        JsonNode tooShort = api.data("quanzhou-inspector", reveal, Map.of("input", Map.of("id", id, "reason", "看看")))
                .path("revealComplaintContact");
        assertThat(tooShort.path("errors").get(0).path("message").asString()).contains("查看理由过短");

        JsonNode revealed = api.data(
                        "quanzhou-inspector", reveal, Map.of("input", Map.of("id", id, "reason", "电话回访投诉人核实现场情况")))
                .path("revealComplaintContact");
        assertThat(revealed.path("errors").size()).isZero();
        assertThat(revealed.path("contact").path("name").asString()).isEqualTo("张先生");
        assertThat(revealed.path("contact").path("contact").asString()).isEqualTo("0595-22223333");
        // who, why and what, in the complaint's history; the refused attempts left no record
        var reveals = jdbc.queryForList(
                "SELECT actor, reason, snapshot FROM change_history WHERE tenant_id = 'quanzhou' AND entity_type ="
                        + " 'complaint' AND entity_id = ? AND action = 'personalDataRevealed'",
                id);
        assertThat(reveals).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo("quanzhou-inspector");
            assertThat(row.get("reason")).isEqualTo("电话回访投诉人核实现场情况");
            assertThat((String) row.get("snapshot")).contains("contactPhone").doesNotContain("22223333");
        });
        // and in the tamper-evident audit trail: who, from where, what and why, never the values
        var audited = jdbc.queryForMap(
                "SELECT actor, client_address, details FROM audit_record WHERE tenant_id = 'quanzhou'"
                        + " AND action = 'PERSONAL_DATA_REVEALED' AND target_type = 'complaint' AND target_id = ?",
                id);
        assertThat(audited.get("actor")).isEqualTo("quanzhou-inspector");
        assertThat(audited.get("client_address")).isNotNull();
        assertThat((String) audited.get("details"))
                .contains("电话回访投诉人核实现场情况", "contactPhone")
                .doesNotContain("22223333", "张先生");
        // another city's inspector cannot reveal it, an agency user not at all
        assertThat(api.errorClass("linyi-inspector", reveal, Map.of("input", Map.of("id", id, "reason", "电话回访投诉人核实"))))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("quanzhou-agency", reveal, Map.of("input", Map.of("id", id, "reason", "电话回访投诉人核实"))))
                .isEqualTo("FORBIDDEN");
    }

    private JsonNode file(String address, Map<String, Object> input) {
        return http.post(address, FILE, Map.of("input", input)).path("data").path("fileComplaint");
    }

    private JsonNode bureauView(String code) {
        long id = jdbc.queryForObject("SELECT id FROM complaint WHERE tracking_code = ?", Long.class, code);
        return api.data(
                        "quanzhou-inspector",
                        "query($id: ID!) { complaint(id: $id) { id version anonymous contactName contactPhone status } }",
                        Map.of("id", String.valueOf(id)))
                .path("complaint");
    }

    private int complaints() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
    }

    static Map<String, Object> complaint(boolean anonymous) {
        var input = new HashMap<String, Object>();
        input.put("city", "quanzhou");
        input.put("agencyName", "泉州被投诉机构");
        input.put("subject", "评价报告未到现场即出具");
        input.put("body", "该机构为我厂出具的安全现状评价报告，评价人员从未到厂勘查。");
        input.put("anonymous", anonymous);
        if (!anonymous) {
            input.put("contactName", "张先生");
            input.put("contactPhone", "0595-22223333");
        }
        return input;
    }
}
