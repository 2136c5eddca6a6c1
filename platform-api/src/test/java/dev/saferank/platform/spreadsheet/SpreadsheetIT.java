package dev.saferank.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agency sheet as a clerk uses it (莆田, whose register no other test fills): the template, a sheet with
 * mistakes refused whole with each problem by sheet, row and column in Chinese, the corrected sheet imported
 * (agencies with districts, staff with certificates — one person in two agencies flagged — engagements,
 * their history), the same sheet again refused; and the exports with Chinese headers, an overdue
 * rectification marked.
 */
@RealServersTest
class SpreadsheetIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    String admin;
    String mark;
    String district;

    @BeforeEach
    void tenant() {
        new TestData(jdbc, null).tenant("putian");
        mark = Long.toString(System.nanoTime() % 1_000_000);
        district = "35039" + mark;
        jdbc.update("INSERT INTO district (tenant_id, code, name) VALUES ('putian', ?, ?)", district, "导入区" + mark);
        admin = KeycloakTokens.accessToken("putian-admin");
    }

    @Test
    void aSheetWithMistakesIsRefusedWholeThenTheCorrectedSheetIsImported() throws Exception {
        String a = TestData.uniqueCreditCode();
        String b = TestData.uniqueCreditCode();
        String shared = idNumber(1);
        String lastYear = LocalDate.now().minusYears(1).withDayOfMonth(1).toString();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        byte[] wrong = new SheetFiles()
                .row("机构", a, "莆田导入甲" + mark, "安全评价", "甲级", "120.5", "导入区" + mark)
                .row("机构", "91350300MA00000000", "莆田导入乙" + mark, "卖保险的", null, "-3", "不存在区")
                .row("人员", a, "陈工", shared, "是", "工程师", "注册安全工程师", "ZA-" + mark, "2030-12-31")
                .row("人员", "91350300MA99999999", "李工", "350302198001011235", "也许", null, null, null, null)
                .row("服务项目", a, "莆田化工有限公司", null, "导入区" + mark, "安全评价", tomorrow, "abc")
                .bytes();

        var refused = SheetFiles.upload(port, wrong, admin);
        JsonNode problems = JsonMapper.shared().readTree(refused.body()).path("problems");

        assertThat(refused.statusCode()).isEqualTo(422);
        List<String> located = new ArrayList<>();
        problems.forEach(p -> located.add(p.path("sheet").asString() + " 第"
                + p.path("row").asInt() + "行 " + p.path("column").asString() + "列（"
                + p.path("header").asString() + "）：" + p.path("message").asString()));
        assertThat(located)
                .contains(
                        "机构 第3行 C列（机构类别）：机构类别须为：安全评价、检测检验、安全培训、安全生产标准化、安全咨询",
                        "机构 第3行 E列（办公面积（平方米））：办公面积须为不小于 0 的数字（最多两位小数）",
                        "机构 第3行 F列（服务区县（多个用、分隔））：区县「不存在区」不是本市的区县",
                        "人员 第3行 D列（专职（是/否））：专职一栏须填写「是」或「否」",
                        "服务项目 第2行 F列（合同日期）：合同日期不能晚于今天",
                        "服务项目 第2行 G列（合同金额（元））：合同金额须为不小于 0 的数字（最多两位小数）")
                .anySatisfy(p -> assertThat(p).startsWith("机构 第3行 A列（统一社会信用代码）："))
                .anySatisfy(p -> assertThat(p).startsWith("人员 第3行 A列（机构统一社会信用代码）：机构 91350300MA99999999"));
        assertThat(refused.body()).doesNotContain("Exception", "java.", shared);
        assertThat(agencies()).isZero();

        byte[] right = new SheetFiles()
                .row("机构", a, "莆田导入甲" + mark, "安全评价", "甲级", "120.5", "导入区" + mark)
                .row("机构", b, "莆田导入乙" + mark, "安全培训", null, null, district)
                .row("人员", a, "陈工", shared, "是", "工程师", "注册安全工程师", "ZA-" + mark, "2030-12-31")
                .row("人员", a, "陈工", shared, null, null, "安全评价师", "PJ-" + mark, null)
                .row("人员", b, "陈工", shared, "否", null, null, null, null)
                .row("人员", b, "林工", idNumber(2), null, null, null, null, null)
                .row("服务项目", a, "莆田化工有限公司", null, "导入区" + mark, "安全评价", lastYear, "50000")
                .bytes();
        var imported = SheetFiles.upload(port, right, admin);
        var again = SheetFiles.upload(port, right, admin);
        JsonNode first = new GraphQlHttp(port)
                .post(
                        "{ agencies(first: 10, filter: {nameContains: \"莆田导入甲" + mark + "\"}) { edges { node { name"
                                + " categoryLabel officeArea districts { name } history { action reason }"
                                + " staff { name certificates { typeLabel number } otherAgencies { name } }"
                                + " engagements { enterpriseName amount } } } } }",
                        admin)
                .body()
                .path("data")
                .path("agencies")
                .path("edges")
                .get(0)
                .path("node");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JsonMapper.shared()
                        .readTree(imported.body())
                        .path("imported")
                        .toString())
                .isEqualTo("{\"agencies\":2,\"staff\":3,\"engagements\":1}");
        assertThat(agencies()).isEqualTo(2);
        assertThat(first.path("categoryLabel").asString()).isEqualTo("安全评价");
        assertThat(first.path("officeArea").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(first.path("districts").findValuesAsString("name")).containsExactly("导入区" + mark);
        assertThat(first.path("history").findValuesAsString("reason")).containsExactly("表格导入");
        assertThat(first.path("staff").get(0).path("certificates").findValuesAsString("typeLabel"))
                .containsExactly("注册安全工程师", "安全评价师");
        assertThat(first.path("staff").get(0).path("otherAgencies").findValuesAsString("name"))
                .containsExactly("莆田导入乙" + mark);
        assertThat(first.path("engagements").findValuesAsString("enterpriseName"))
                .containsExactly("莆田化工有限公司");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("本市已登记统一社会信用代码为 " + a + " 的机构");
        assertThat(agencies()).isEqualTo(2);
    }

    @Test
    void theTemplateHasTheThreeSheetsWithChineseHeadersForAdminsOnly() throws Exception {
        var template = SheetFiles.get(port, "/imports/agencies/template.xlsx", admin);
        var inspector =
                SheetFiles.get(port, "/imports/agencies/template.xlsx", KeycloakTokens.accessToken("putian-inspector"));

        assertThat(template.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(header(workbook.getSheet("机构"))).startsWith("统一社会信用代码*", "机构名称*", "机构类别*");
            assertThat(header(workbook.getSheet("人员"))).contains("公民身份号码*", "证书类型");
            assertThat(header(workbook.getSheet("服务项目"))).contains("合同日期*");
        }
        assertThat(inspector.statusCode()).isEqualTo(403);
    }

    @Test
    void theLedgerMarksOverdueRectificationsAndTheFindingsExportNamesTheRule() throws Exception {
        var data = new TestData(jdbc, null);
        long agency = data.agency("putian", "莆田导出机构" + mark, "training");
        int year = 2021;
        for (String[] f : new String[][] {{"逾期", "2021-03-01", "open"}, {"按期", "2099-12-31", "open"}}) {
            jdbc.update(
                    "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, evidence, source, observed_on,"
                            + " status, recorded_by) VALUES ('putian', ?, ?, 'checklist', 'checklist:x:1', 1, ?,"
                            + " 'routineInspection', '2021-02-01', 'confirmed', 'test')",
                    agency,
                    year,
                    "导出测试" + f[0] + mark);
            long finding = jdbc.queryForObject(
                    "SELECT MAX(id) FROM finding WHERE tenant_id = 'putian' AND agency_id = ?", Long.class, agency);
            jdbc.update(
                    "INSERT INTO rectification (tenant_id, finding_id, measure, deadline, responsible, status, updated_by)"
                            + " VALUES ('putian', ?, '完善培训档案', ?, '张经理', ?, 'test')",
                    finding,
                    f[1],
                    f[2]);
        }

        var ledger = SheetFiles.get(port, "/exports/rectifications.xlsx?year=" + year, admin);
        var findings = SheetFiles.get(
                port, "/exports/findings.xlsx?year=" + year, KeycloakTokens.accessToken("putian-inspector"));
        var otherCity = SheetFiles.get(
                port, "/exports/rectifications.xlsx?year=" + year, KeycloakTokens.accessToken("quanzhou-admin"));
        var agencyUser = SheetFiles.get(
                port, "/exports/findings.xlsx?year=" + year, KeycloakTokens.accessToken("putian-agency"));

        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.headers().firstValue("Content-Type")).hasValue(SpreadsheetController.XLSX);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(header(sheet))
                    .containsExactly("机构名称", "问题（条款）", "事实", "整改措施", "整改期限", "整改责任人", "整改状态", "机构答复", "是否逾期");
            List<String> overdue = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(2).getStringCellValue().endsWith(mark)) {
                    overdue.add(row.getCell(2).getStringCellValue() + "="
                            + row.getCell(8).getStringCellValue());
                }
            }
            assertThat(overdue).containsExactly("导出测试逾期" + mark + "=逾期", "导出测试按期" + mark + "=");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(findings.body()))) {
            assertThat(header(workbook.getSheetAt(0))).startsWith("机构名称", "条款编号", "条款内容");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(otherCity.body()))) {
            // another city's ledger holds none of 莆田's rows
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).doesNotEndWith(mark);
            }
        }
        assertThat(agencyUser.statusCode()).isEqualTo(403);
    }

    private int agencies() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM agency WHERE tenant_id = 'putian' AND name LIKE ?",
                Integer.class,
                "莆田导入%" + mark);
    }

    private static List<String> header(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    /** A valid 公民身份号码 of a random birth date and sequence: a person no earlier run registered. */
    static String idNumber(int seq) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(14_000));
        String body = "350302" + birth.toString().replace("-", "") + String.format("%03d", RANDOM.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
