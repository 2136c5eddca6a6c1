package dev.saferank.platform.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.scheme.Schemes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 临沂 技术人员抽考 (issue 17 point 4), against the real servers. 三（四）: "随机抽取一定数量的技术服务机构专业技术人员进行分专业测试，
 * 采取闭卷笔试形式……个人考试成绩将公开公示"; 五、结果运用: "对专业技术人员测试不合格的，不得从事相应技术服务活动". linyi-2022.yaml's
 * exam has passMark 60 (the document names none: the scheme's reading): 58 fails, 60 and 75 pass.
 */
@RealServersTest
class ExamResultsIT {

    static final int YEAR = 2011;

    static final String EXAM = "mutation($input: RecordExamResultInput!) { recordExamResult(input: $input) {"
            + " measurement { id } errors { field code message } } }";
    static final String PUBLISH = "mutation($input: PublishExamResultsInput!) { publishExamResults(input: $input) {"
            + " publication { year results failed publishedBy } errors { field code message } } }";
    static final String PUBLIC = "query($t: ID!, $y: Int!) { publicExamResults(tenant: $t, year: $y) { year published"
            + " passMark results { agencyName staffName score passed } } }";
    static final String UPLOAD = "mutation($input: UploadReportInput!) { uploadReport(input: $input) {"
            + " report { id signatories { name } } errors { field code message } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Test
    void examResultsArePublishedMaskedAndAFailedPersonMayNotSignAReport() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedSchemeFor("linyi", "tenants/linyi/linyi-2022.yaml", YEAR);
        // a rerun on the same database publishes anew
        jdbc.update("DELETE FROM exam_publication WHERE tenant_id = 'linyi' AND year = ?", YEAR);
        var api = new Api(port);
        String agencyName = "临沂抽考测试机构" + System.nanoTime();
        long agency = data.agency("linyi", agencyName, "evaluation");
        long failedStaff = staff(agency, "王不合格");
        long zhao = staff(agency, "赵合格");
        long qian = staff(agency, "钱刚好");
        // the year's revealed staff draw (临沂 "按照不低于技术服务机构专业技术人员总数 50%的比例进行抽考": 2 of 3 → 钱, 赵 drawn)
        jdbc.update(
                "INSERT INTO draw (tenant_id, year, kind, title, quota_mode, quota_value, candidates_count, list_file,"
                        + " list_sha256, commitment, seed, result, status, committed_by) VALUES ('linyi', ?, 'staff',"
                        + " '技术人员抽考', 'percent', 50, 3, '', REPEAT('0', 64), REPEAT('0', 64), REPEAT('1', 64), ?,"
                        + " 'revealed', 'test')",
                YEAR,
                "a" + agency + ",s" + qian + ",1,k1\na" + agency + ",s" + zhao + ",2,k2\n");
        // the exam form picks from the agency's register, the drawn first (in register order), then the others
        JsonNode candidates = api.data(
                        "linyi-inspector",
                        "query($a: ID!, $y: Int!) { examCandidates(agencyId: $a, year: $y) { staffId name drawn } }",
                        Map.of("a", Long.toString(agency), "y", YEAR))
                .path("examCandidates");
        assertThat(candidates.findValuesAsString("name")).containsExactly("赵合格", "钱刚好", "王不合格");
        assertThat(candidates.findValues("drawn").stream().map(JsonNode::asBoolean))
                .containsExactly(true, true, false);

        // before any result: refused, nothing written
        JsonNode empty = publish("linyi-admin", YEAR + 50);
        assertThat(empty.path("errors").get(0).path("field").asString()).isEqualTo("input.year");

        record(api, agency, failedStaff, 58);
        record(api, agency, zhao, 75);
        record(api, agency, qian, 60);

        // not published yet: the public sees nothing
        JsonNode before = publicResults("linyi", YEAR);
        assertThat(before.path("published").asBoolean()).isFalse();
        assertThat(before.path("results").size()).isZero();

        // an inspector does not publish
        assertThat(api.errorClass("linyi-inspector", PUBLISH, Map.of("input", Map.of("year", YEAR))))
                .isEqualTo("FORBIDDEN");
        int audited = audits();
        JsonNode published = publish("linyi-admin", YEAR);
        assertThat(published.path("errors").size()).as(published.toString()).isZero();
        assertThat(published.path("publication").path("publishedBy").asString()).isEqualTo("linyi-admin");
        // a privileged action: in the city's audit trail, once (the refusal below is not)
        assertThat(audits()).isEqualTo(audited + 1);
        assertThat(publish("linyi-admin", YEAR)
                        .path("errors")
                        .get(0)
                        .path("code")
                        .asString())
                .isEqualTo("ALREADY_PUBLISHED");
        assertThat(audits()).isEqualTo(audited + 1);

        // 个人考试成绩将公开公示: the three, names masked, 58 < 60 不合格, 60 and 75 合格
        JsonNode shown = publicResults("linyi", YEAR);
        assertThat(shown.path("published").asBoolean()).isTrue();
        assertThat(shown.path("passMark").decimalValue()).isEqualByComparingTo("60");
        Map<String, JsonNode> byName = new HashMap<>();
        shown.path("results").forEach(r -> {
            if (r.path("agencyName").asString().equals(agencyName)) {
                byName.put(r.path("staffName").asString(), r);
            }
        });
        assertThat(byName).containsOnlyKeys("王***", "赵**", "钱**");
        assertThat(byName.get("王***").path("passed").asBoolean()).isFalse();
        assertThat(byName.get("王***").path("score").decimalValue()).isEqualByComparingTo("58");
        assertThat(byName.get("钱**").path("passed").asBoolean()).isTrue();
        assertThat(byName.get("赵**").path("passed").asBoolean()).isTrue();
        assertThat(shown.toString()).doesNotContain("王不合格", "赵合格", "钱刚好");
        // another city's answer names none of them
        assertThat(publicResults("suzhou", YEAR).path("results").findValuesAsString("agencyName"))
                .doesNotContain(agencyName);

        // 不得从事相应技术服务活动: a report signed by the failed person is refused by field, nothing written
        int reports = jdbc.queryForObject(
                "SELECT COUNT(*) FROM report WHERE tenant_id = 'linyi' AND agency_id = ?", Integer.class, agency);
        JsonNode refused =
                upload(api, agency, List.of(Map.of("name", "赵合格"), Map.of("staffId", Long.toString(failedStaff))));
        assertThat(refused.path("report").isNull()).isTrue();
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.signatories[1]");
        assertThat(refused.path("errors").get(0).path("code").asString()).isEqualTo("SIGNATORY_FAILED_EXAM");
        assertThat(refused.path("errors").get(0).path("message").asString())
                .isEqualTo("签字人王不合格在" + YEAR + "年度技术人员抽考中不合格（58分，合格分60分），不得从事相应技术服务活动");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM report WHERE tenant_id = 'linyi' AND agency_id = ?",
                        Integer.class,
                        agency))
                .isEqualTo(reports);
        // those who passed sign
        JsonNode signed = upload(api, agency, List.of(Map.of("name", "赵合格"), Map.of("name", "钱刚好")));
        assertThat(signed.path("errors").size()).as(signed.toString()).isZero();
        assertThat(signed.path("report").path("signatories").findValuesAsString("name"))
                .containsExactly("赵合格", "钱刚好");
    }

    /**
     * 临沂 五、结果运用 "对专业技术人员测试不合格的，不得从事相应技术服务活动" and 六（三）"考核不合格人员不得参加以上服务" bar the person: one who
     * failed (50 < pass mark 60) in one agency is refused as a signatory of another agency that registered the same ID
     * number, and after being registered again elsewhere; a different person of the same name signs.
     */
    @Test
    void aPersonWhoFailedIsRefusedInEveryAgencyThatRegistersTheirIdNumber() {
        var data = new TestData(jdbc, schemes);
        data.activeSeedSchemeFor("linyi", "tenants/linyi/linyi-2022.yaml", YEAR);
        var api = new Api(port);
        String marker = Long.toString(System.nanoTime());
        long examined = data.agency("linyi", "临沂抽考原机构" + marker, "evaluation");
        long other = data.agency("linyi", "临沂另一机构" + marker, "evaluation");
        long later = data.agency("linyi", "临沂后注册机构" + marker, "evaluation");
        String idNumber = AgencyFixtures.idNumber();
        long inExamined = addStaff(api, examined, "孙复考", idNumber);
        long inOther = addStaff(api, other, "孙复考", idNumber);
        long namesake = addStaff(api, other, "孙复考", AgencyFixtures.idNumber());

        record(api, examined, inExamined, 50);
        String refusal = "签字人孙复考在" + YEAR + "年度技术人员抽考中不合格（50分，合格分60分），不得从事相应技术服务活动";

        // signing for the other agency that registered the same ID number: refused, nothing written
        int before = reports(other);
        JsonNode refused = upload(api, other, List.of(Map.of("staffId", Long.toString(inOther))));
        assertThat(refused.path("report").isNull()).isTrue();
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.signatories[0]");
        assertThat(refused.path("errors").get(0).path("code").asString()).isEqualTo("SIGNATORY_FAILED_EXAM");
        assertThat(refused.path("errors").get(0).path("message").asString()).isEqualTo(refusal);
        assertThat(reports(other)).isEqualTo(before);
        // the other agency's register shows the bar on that person's record, not on the namesake's
        String failure = "query($id: ID!) { staffMember(id: $id) { examFailure { year score passMark } } }";
        JsonNode barred = api.data("linyi-admin", failure, Map.of("id", Long.toString(inOther)))
                .path("staffMember")
                .path("examFailure");
        assertThat(barred.path("year").asInt()).isEqualTo(YEAR);
        assertThat(barred.path("score").decimalValue()).isEqualByComparingTo("50");
        assertThat(barred.path("passMark").decimalValue()).isEqualByComparingTo("60");
        assertThat(api.data("linyi-admin", failure, Map.of("id", Long.toString(namesake)))
                        .path("staffMember")
                        .path("examFailure")
                        .isNull())
                .isTrue();
        // a different person of the same name (another ID number) signs
        JsonNode signed = upload(api, other, List.of(Map.of("staffId", Long.toString(namesake))));
        assertThat(signed.path("errors").size()).as(signed.toString()).isZero();
        assertThat(reports(other)).isEqualTo(before + 1);

        // withdrawn from the agency where they failed and registered again in a third: still refused, by name too
        api.data(
                "linyi-admin",
                "mutation($input: WithdrawStaffInput!) { withdrawStaff(input: $input) { errors { code } } }",
                Map.of("input", Map.of("id", Long.toString(inExamined), "reason", "离职")));
        addStaff(api, later, "孙复考", idNumber);
        JsonNode again = upload(api, later, List.of(Map.of("name", "孙复考")));
        assertThat(again.path("errors").findValuesAsString("code")).containsExactly("SIGNATORY_FAILED_EXAM");
        assertThat(again.path("errors").get(0).path("message").asString()).isEqualTo(refusal);
        assertThat(reports(later)).isZero();
    }

    private long addStaff(Api api, long agency, String name, String idNumber) {
        JsonNode added = api.data(
                        "linyi-admin",
                        "mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { id }"
                                + " errors { field code message } } }",
                        Map.of("input", Map.of("agencyId", Long.toString(agency), "name", name, "idNumber", idNumber)))
                .path("addStaff");
        assertThat(added.path("errors").size()).as(added.toString()).isZero();
        return Long.parseLong(added.path("staff").path("id").asString());
    }

    private int reports(long agency) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM report WHERE tenant_id = 'linyi' AND agency_id = ?", Integer.class, agency);
    }

    private int audits() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_record WHERE tenant_id = 'linyi' AND action = 'EXAM_RESULTS_PUBLISHED'"
                        + " AND target_id = ?",
                Integer.class,
                Integer.toString(YEAR));
    }

    private long staff(long agency, String name) {
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES ('linyi', ?, ?, ?, 'test')",
                agency,
                name,
                "%064d".formatted(System.nanoTime()));
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM staff WHERE tenant_id = 'linyi' AND agency_id = ?", Long.class, agency);
    }

    private void record(Api api, long agency, long staffId, int score) {
        JsonNode recorded = api.data(
                        "linyi-inspector",
                        EXAM,
                        Map.of(
                                "input",
                                Map.of(
                                        "agencyId",
                                        Long.toString(agency),
                                        "year",
                                        YEAR,
                                        "staffId",
                                        Long.toString(staffId),
                                        "score",
                                        score)))
                .path("recordExamResult");
        assertThat(recorded.path("errors").size()).as(recorded.toString()).isZero();
    }

    private JsonNode publish(String user, int year) {
        return new Api(port)
                .data(user, PUBLISH, Map.of("input", Map.of("year", year)))
                .path("publishExamResults");
    }

    private JsonNode publicResults(String tenant, int year) {
        return new GraphQlHttp(port)
                .post(PUBLIC, Map.of("t", tenant, "y", year), null)
                .body()
                .path("data")
                .path("publicExamResults");
    }

    private JsonNode upload(Api api, long agency, List<Map<String, String>> signatories) {
        var input = new HashMap<String, Object>();
        input.put("agencyId", Long.toString(agency));
        input.put("enterprise", "临沂化工储运有限公司");
        input.put("type", "evaluation");
        input.put("title", "安全现状评价报告");
        input.put("issuedOn", (YEAR + 1) + "-03-01");
        input.put("signatories", new ArrayList<>(signatories));
        input.put("body", "本报告对储罐区的安全设施进行了评价。");
        return api.data("linyi-inspector", UPLOAD, Map.of("input", input)).path("uploadReport");
    }
}
