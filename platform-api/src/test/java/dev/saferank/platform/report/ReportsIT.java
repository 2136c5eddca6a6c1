package dev.saferank.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Agencies and inspectors upload reports as text or as PDF/Word files; the text is extracted,
 * stored with the metadata and signatories, and indexed through the outbox.
 */
@RealServersTest
class ReportsIT {

    static final String FIELDS = "report { id agencyId agencyName enterprise type reportNo title issuedOn body source"
            + " fileName status version uploadedBy signatories { staffId name } } errors { field code message }";
    static final String UPLOAD =
            "mutation($input: UploadReportInput!) { uploadReport(input: $input) { " + FIELDS + " } }";
    static final String WITHDRAW =
            "mutation($input: WithdrawReportInput!) { withdrawReport(input: $input) { " + FIELDS + " } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    long agency;
    long staff;

    @BeforeEach
    void agency() {
        api = new Api(port);
        var data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        agency = data.agency("quanzhou", "泉州报告测试机构", "evaluation");
        jdbc.update("UPDATE agency SET account_user = NULL WHERE tenant_id = 'quanzhou' AND id = ?", agency);
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES ('quanzhou', ?, '林安全', ?, 'test')",
                agency,
                "%064d".formatted(System.nanoTime()));
        staff = jdbc.queryForObject(
                "SELECT id FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", Long.class, agency);
    }

    @Test
    void aTextReportIsStoredWithItsSignatoriesAndIndexed() {
        var input = report("安全现状评价报告", "本报告对储罐区的安全设施进行了评价。");
        input.put("signatories", List.of(Map.of("staffId", String.valueOf(staff)), Map.of("name", "外聘专家王某")));

        JsonNode report = upload("quanzhou-inspector", input).path("report");

        assertThat(report.path("source").asString()).isEqualTo("text");
        assertThat(report.path("agencyName").asString()).isEqualTo("泉州报告测试机构");
        assertThat(report.path("signatories").findValuesAsString("name")).containsExactly("林安全", "外聘专家王某");
        assertThat(report.path("signatories").get(0).path("staffId").asString()).isEqualTo(String.valueOf(staff));
        assertThat(report.path("version").asInt()).isEqualTo(1);
        long id = report.path("id").asLong();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE entity_type = 'report' AND entity_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
        SearchWait.untilIndexed(jdbc, "report", id);
    }

    @Test
    void theTextOfAWordFileIsExtracted() throws IOException {
        var input = report("检测报告", null);
        input.put("file", Map.of("fileName", "检测报告.docx", "contentBase64", docx("压力容器定期检验结论：符合要求。")));

        JsonNode report = upload("quanzhou-admin", input).path("report");

        assertThat(report.path("source").asString()).isEqualTo("docx");
        assertThat(report.path("fileName").asString()).isEqualTo("检测报告.docx");
        assertThat(report.path("body").asString()).contains("压力容器定期检验结论：符合要求。");
    }

    @Test
    void theTextOfAPdfIsExtracted() throws IOException {
        // no CJK font ships with the build machine's JDK: the generated PDF carries Latin text
        var input = report("Safety evaluation", null);
        input.put(
                "file",
                Map.of("fileName", "report.PDF", "contentBase64", pdf("Storage tank area QZ-2023-017 conforms")));

        JsonNode report = upload("quanzhou-admin", input).path("report");

        assertThat(report.path("source").asString()).isEqualTo("pdf");
        assertThat(report.path("body").asString()).contains("Storage tank area QZ-2023-017 conforms");
    }

    @Test
    void badInputIsRefusedFieldByFieldInChineseAndNothingIsWritten() {
        var input = report(" ", "正文");
        input.put("type", "audit");
        input.put("issuedOn", "2999-01-01");
        input.put("signatories", List.of());
        input.put("file", Map.of("fileName", "a.pdf", "contentBase64", "AAAA"));

        JsonNode errors = upload("quanzhou-inspector", input).path("errors");

        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "input.title", "input.type", "input.issuedOn", "input.signatories", "input.body");
        assertThat(errors.findValuesAsString("message")).contains("请填写报告名称", "报告出具日期不能晚于今天", "请填写报告正文或上传报告文件（二选一）");
        assertThat(reports()).isZero();
    }

    @Test
    void filesThatAreNotPdfOrWordOrTooLargeOrUnreadableAreRefused() {
        var wrongType = report("报告", null);
        wrongType.put("file", Map.of("fileName", "report.txt", "contentBase64", "AAAA"));
        var garbage = report("报告", null);
        garbage.put(
                "file",
                Map.of(
                        "fileName",
                        "report.pdf",
                        "contentBase64",
                        Base64.getEncoder().encodeToString("不是PDF".getBytes())));
        var large = report("报告", null);
        large.put("file", Map.of("fileName", "report.pdf", "contentBase64", "A".repeat(700_000)));

        assertThat(upload("quanzhou-inspector", wrongType).path("errors").findValuesAsString("code"))
                .containsExactly("UNSUPPORTED_FILE_TYPE");
        JsonNode unreadable = upload("quanzhou-inspector", garbage).path("errors");
        assertThat(unreadable.findValuesAsString("code")).containsExactly("UNREADABLE_FILE");
        assertThat(unreadable.findValuesAsString("message")).containsExactly("无法读取该文件，请确认是未加密的 PDF 或 Word（.docx）文件");
        assertThat(upload("quanzhou-inspector", large).path("errors").findValuesAsString("message"))
                .containsExactly("文件为空或过大（上限 512 KB）");
        assertThat(reports()).isZero();
    }

    @Test
    void aSignatoryMustBeStaffOfTheReportsAgency() {
        long other = new TestData(jdbc, schemes).agency("quanzhou", "泉州另一机构", "evaluation");
        var input = report("报告", "正文");
        input.put("agencyId", String.valueOf(other));
        input.put("signatories", List.of(Map.of("staffId", String.valueOf(staff))));

        JsonNode errors = upload("quanzhou-inspector", input).path("errors");

        assertThat(errors.findValuesAsString("code")).containsExactly("NOT_AGENCY_STAFF");
        assertThat(errors.findValuesAsString("field")).containsExactly("input.signatories[0].staffId");
    }

    @Test
    void withdrawingRaisesTheVersionAndAnotherTenantCannotSeeOrWithdraw() {
        String id = upload("quanzhou-inspector", report("评价报告", "正文"))
                .path("report")
                .path("id")
                .asString();
        var foreign = Map.of("input", Map.of("id", id, "reason", "越权"));

        assertThat(api.errorClass("linyi-admin", WITHDRAW, foreign)).isEqualTo("NOT_FOUND");
        assertThat(api.errorClass("linyi-inspector", "query($id: ID!) { report(id: $id) { title } }", Map.of("id", id)))
                .isEqualTo("NOT_FOUND");
        assertThat(api.errorClass(
                        "quanzhou-inspector", UPLOAD, Map.of("input", withAgency(report("x", "y"), 987654321L))))
                .isEqualTo("NOT_FOUND");
        JsonNode withdrawn = api.data(
                        "quanzhou-admin", WITHDRAW, Map.of("input", Map.of("id", id, "reason", "报告编号有误，重新出具")))
                .path("withdrawReport")
                .path("report");
        assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
        assertThat(withdrawn.path("version").asInt()).isEqualTo(2);
        SearchWait.untilIndexed(jdbc, "report", Long.parseLong(id));
    }

    @Test
    void anAgencysListIsNewestFirstInPagesAndOnlyForThoseWhoMaySeeTheAgency() {
        String first = upload("quanzhou-inspector", report("第一份", "正文"))
                .path("report")
                .path("id")
                .asString();
        String second = upload("quanzhou-inspector", report("第二份", "正文"))
                .path("report")
                .path("id")
                .asString();
        String third = upload("quanzhou-inspector", report("第三份", "正文"))
                .path("report")
                .path("id")
                .asString();
        String list = "query($a: ID!, $after: String) { agencyReports(agencyId: $a, first: 2, after: $after) {"
                + " edges { node { id title status } } pageInfo { hasNextPage endCursor } } }";

        JsonNode page = api.data("quanzhou-admin", list, Map.of("a", String.valueOf(agency)))
                .path("agencyReports");
        assertThat(page.path("edges").findValuesAsString("id")).containsExactly(third, second);
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        var next = new HashMap<String, Object>();
        next.put("a", String.valueOf(agency));
        next.put("after", page.path("pageInfo").path("endCursor").asString());
        JsonNode rest = api.data("quanzhou-admin", list, next).path("agencyReports");
        assertThat(rest.path("edges").findValuesAsString("id")).containsExactly(first);
        assertThat(rest.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        // another city's bureau does not learn the agency exists
        assertThat(api.errorClass("linyi-admin", list, Map.of("a", String.valueOf(agency))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aRepeatedSubmissionWithOneKeyIsStoredOnce() {
        var input = report("评价报告", "正文");
        input.put("idempotencyKey", "report-" + System.nanoTime());

        String first =
                upload("quanzhou-inspector", input).path("report").path("id").asString();
        String second =
                upload("quanzhou-inspector", input).path("report").path("id").asString();

        assertThat(second).isEqualTo(first);
        assertThat(reports()).isEqualTo(1);
    }

    private JsonNode upload(String user, Map<String, Object> input) {
        return api.data(user, UPLOAD, Map.of("input", input)).path("uploadReport");
    }

    private int reports() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE agency_id = ?", Integer.class, agency);
    }

    private Map<String, Object> report(String title, String body) {
        var input = new HashMap<String, Object>();
        input.put("agencyId", String.valueOf(agency));
        input.put("enterprise", "泉州石化储运有限公司");
        input.put("type", "evaluation");
        input.put("reportNo", "QZ-2023-017");
        input.put("title", title);
        input.put("issuedOn", "2023-06-30");
        input.put("signatories", List.of(Map.of("name", "陈评价")));
        input.put("body", body);
        return input;
    }

    private static Map<String, Object> withAgency(Map<String, Object> input, long agencyId) {
        input.put("agencyId", String.valueOf(agencyId));
        return input;
    }

    static String docx(String text) throws IOException {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        }
    }

    static String pdf(String text) throws IOException {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        }
    }
}
