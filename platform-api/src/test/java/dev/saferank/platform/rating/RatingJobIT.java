package dev.saferank.platform.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.spreadsheet.SheetFiles;
import dev.saferank.rating.run.StoredTrail;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * End to end in the API process: facts recorded over GraphQL, a rating started over GraphQL, the
 * batch job's worker (imported from batch-jobs) rates the queued run, and the result of the
 * hand-worked 泉州 agency of PreviewIT equals the preview, trail included. The worker runs only in
 * this test's own context, closed afterwards, so that no other test sees queued runs rated.
 */
@RealServersTest
@TestPropertySource(properties = {"saferank.rating.worker.enabled=true", "saferank.rating.worker.poll-interval=500ms"})
@DirtiesContext
class RatingJobIT {

    static final String TRAIL = "sections { title max points items { number title max points"
            + " trail { rule wording count amount capped enterprise note } } }"
            + " bonus { points capped items { number points } } penalties { points capped items { number points } }";
    static final String PROGRESS = "query($id: ID!) { ratingRun(id: $id) { status runVersion schemeVersion itemsDone"
            + " itemsTotal requestedBy startedAt endedAt error } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Test
    void aRatingStartedOverGraphQlGivesTheHandWorkedResultOfThePreview() throws Exception {
        var api = new Api(port);
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        new RatingRows(jdbc).finishActive("quanzhou", 2023);
        long agency = handWorkedAgency(api, data, "泉州评定机构").agency();
        JsonNode preview = api.data(
                        "quanzhou-admin",
                        "query($a: ID!) { preview(agencyId: $a, year: 2023) { total rawTotal grade " + TRAIL + " } }",
                        Map.of("a", Long.toString(agency)))
                .path("preview");

        JsonNode started = api.data(
                        "quanzhou-admin",
                        "mutation($input: StartRatingInput!) { startRating(input: $input) { run { id status }"
                                + " errors { code message } } }",
                        Map.of("input", Map.of("year", 2023, "reason", "2023年度评定")))
                .path("startRating");
        assertThat(started.path("errors").size()).as(started.toString()).isZero();
        String run = started.path("run").path("id").asString();
        JsonNode progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.data("quanzhou-admin", PROGRESS, Map.of("id", run)).path("ratingRun");
            String status = progress.path("status").asString();
            if (status.equals("completed") || status.equals("failed")) {
                break;
            }
            Thread.sleep(500);
        }
        JsonNode result = api.data(
                        "quanzhou-admin",
                        "query($id: ID!, $a: ID!) { ratingRun(id: $id) { result(agencyId: $a) {"
                                + " agency { name } total rawTotal grade overallRank vetoes { code } trail { " + TRAIL
                                + " } } } }",
                        Map.of("id", run, "a", Long.toString(agency)))
                .path("ratingRun")
                .path("result");

        assertThat(progress.path("status").asString()).as(progress.toString()).isEqualTo("completed");
        assertThat(progress.path("itemsDone").asInt())
                .isEqualTo(progress.path("itemsTotal").asInt());
        assertThat(progress.path("itemsTotal").asInt()).isPositive();
        assertThat(progress.path("requestedBy").asString()).isEqualTo("quanzhou-admin");
        assertThat(progress.path("schemeVersion").asString()).isEqualTo("2023.1");
        assertThat(progress.path("startedAt").isNull()).isFalse();
        assertThat(progress.path("endedAt").isNull()).isFalse();
        // as PreviewIT worked it by hand: item 3: 6 × max(0, 3 − 2) = 6 off 18; item 14: 3 × 0.5 = 1.5 off 20;
        // item 9 zeroes its 1 point; the draft 20.1 does not count: 100 − 6 − 1.5 − 1 = 91.5;
        // + 5 (省级表彰) − 10 (市级约谈) = 86.5 → 良好 (80 ≤ 86.5 < 90)
        assertThat(preview.path("total").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(result.path("total").decimalValue()).isEqualByComparingTo("86.5");
        // written as the preview writes it (86.5, not the column's 86.5000)
        assertThat(result.path("total").asText())
                .isEqualTo(preview.path("total").asText());
        assertThat(result.path("rawTotal").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(result.path("grade").asString()).isEqualTo("良好");
        assertThat(result.path("overallRank").isNull()).isFalse();
        assertThat(result.path("vetoes").size()).isZero();
        assertThat(result.path("agency").path("name").asString()).isEqualTo("泉州评定机构");
        assertThat(result.path("trail").path("sections")).isEqualTo(preview.path("sections"));
        assertThat(result.path("trail").path("bonus")).isEqualTo(preview.path("bonus"));
        assertThat(result.path("trail").path("penalties")).isEqualTo(preview.path("penalties"));

        // the stored trail is compact (V95) and compressed (V112: marker byte 1, StoredTrail); the .xlsx export
        // of the results reads it back in full: item 3 at 18 − 6 = 12, item 14 at 20 − 1.5 = 18.5, item 9 zeroed
        byte[] stored = jdbc.queryForObject(
                "SELECT trail FROM rating_result WHERE run_id = ? AND agency_id = ?",
                byte[].class,
                Long.parseLong(run),
                agency);
        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(StoredTrail.decode(stored)).startsWith("[");
        var export =
                SheetFiles.get(port, "/exports/ratings/" + run + ".xlsx", KeycloakTokens.accessToken("quanzhou-admin"));
        assertThat(export.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(0)
                    .forEach(cell -> columns.put(cell.getStringCellValue().split(" ")[0], cell.getColumnIndex()));
            Row row = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().equals("泉州评定机构")) {
                    row = sheet.getRow(r);
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(columns.get("第3项")).getNumericCellValue()).isEqualTo(12.0);
            assertThat(row.getCell(columns.get("第14项")).getNumericCellValue()).isEqualTo(18.5);
            assertThat(row.getCell(columns.get("第9项")).getNumericCellValue()).isEqualTo(0.0);
            assertThat(row.getCell(columns.get("总分")).getNumericCellValue()).isEqualTo(86.5);
        }

        // the agency reads its own result
        new AgencyFixtures(jdbc, port).linkAccount("quanzhou", "quanzhou-agency", agency);
        JsonNode mine = api.data("quanzhou-agency", "{ myRatingResults(year: 2023) { total grade } }", Map.of())
                .path("myRatingResults");
        assertThat(mine.get(0).path("total").decimalValue()).isEqualByComparingTo("86.5");
    }

    /**
     * The objection journey with the real job: the notice shows run 1; the agency objects to its 9.1
     * finding (未公开承诺); the bureau withdraws the finding and accepts; the job re-rates (a new run
     * version) and the notice follows it; the public tracking code reads 已采纳 with the decision.
     */
    @Test
    void anAcceptedObjectionIsReRatedByTheJobAndTheNoticeShowsTheNewVersion() throws InterruptedException {
        var api = new Api(port);
        var data = new TestData(jdbc, schemes);
        var rows = new RatingRows(jdbc);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        rows.finishActive("quanzhou", 2023);
        rows.closeNotices("quanzhou", 2023);
        HandWorked agency = handWorkedAgency(api, data, "泉州异议评定机构");
        String first = completedRun(api, start(api, "2023年度评定"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        JsonNode opened = api.data(
                        "quanzhou-admin",
                        "mutation($input: OpenNoticeInput!) { openNotice(input: $input) { notice { id } errors { code } } }",
                        Map.of("input", Map.of("runId", first, "startsOn", today.toString())))
                .path("openNotice");
        assertThat(opened.path("errors").size()).as(opened.toString()).isZero();
        String notice = opened.path("notice").path("id").asString();
        // as worked by hand above: 86.5 on notice
        assertThat(publicTotal(agency.agency())).isEqualByComparingTo("86.5");

        new AgencyFixtures(jdbc, port).linkAccount("quanzhou", "quanzhou-agency", agency.agency());
        JsonNode filed = api.data(
                        "quanzhou-agency",
                        "mutation($input: FileObjectionInput!) { fileObjection(input: $input) { trackingCode errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "tenant",
                                        "quanzhou",
                                        "year",
                                        2023,
                                        "agencyId",
                                        Long.toString(agency.agency()),
                                        "reason",
                                        "我机构已在网站公开服务承诺，9.1 扣分有误")))
                .path("fileObjection");
        String code = filed.path("trackingCode").asString();
        record(
                api,
                "quanzhou-admin",
                "withdrawFinding",
                "WithdrawFindingInput",
                Map.of("id", agency.unpublishedPledgeFinding(), "reason", "异议成立：承诺已公开"));
        String objection = api.data(
                        "quanzhou-admin",
                        "query($n: ID!) { objections(noticeId: $n) { edges { node { id } } } }",
                        Map.of("n", notice))
                .path("objections")
                .path("edges")
                .get(0)
                .path("node")
                .path("id")
                .asString();
        JsonNode decided = api.data(
                        "quanzhou-admin",
                        "mutation($input: DecideObjectionInput!) { decideObjection(input: $input) {"
                                + " objection { status rerun { id reason } } errors { code message } } }",
                        Map.of("input", Map.of("id", objection, "accept", true, "decision", "经核查承诺已公开，撤销9.1扣分并重新评定")))
                .path("decideObjection");
        assertThat(decided.path("errors").size()).as(decided.toString()).isZero();
        String rerun = completedRun(
                api, decided.path("objection").path("rerun").path("id").asString());

        // the re-rating without 9.1: item 9 keeps its 1 point: 100 − 6 − 1.5 = 92.5; + 5 − 10 = 87.5 → 良好
        java.math.BigDecimal shown = null;
        for (int i = 0; i < 60 && (shown == null || shown.compareTo(new java.math.BigDecimal("87.5")) != 0); i++) {
            Thread.sleep(500);
            shown = publicTotal(agency.agency());
        }
        assertThat(shown).isEqualByComparingTo("87.5");
        assertThat(decided.path("objection").path("rerun").path("reason").asString())
                .isEqualTo("objection " + objection);
        JsonNode runs = api.data(
                "quanzhou-admin",
                "query($a: ID!, $b: ID!) { a: ratingRun(id: $a) { runVersion } b: ratingRun(id: $b) { runVersion } }",
                Map.of("a", first, "b", rerun));
        assertThat(runs.path("b").path("runVersion").asInt())
                .isEqualTo(runs.path("a").path("runVersion").asInt() + 1);
        JsonNode status = new dev.saferank.platform.GraphQlHttp(port)
                .post(
                        "query($c: String!) { objectionStatus(trackingCode: $c) { statusText decision } }",
                        Map.of("c", code),
                        null)
                .body()
                .path("data")
                .path("objectionStatus");
        assertThat(status.path("statusText").asString()).isEqualTo("已采纳");
        assertThat(status.path("decision").asString()).isEqualTo("经核查承诺已公开，撤销9.1扣分并重新评定");
        JsonNode shownRun = api.data("quanzhou-admin", "{ ratingNotice(year: 2023) { run { id } } }", Map.of())
                .path("ratingNotice")
                .path("run");
        assertThat(shownRun.path("id").asString()).isEqualTo(rerun);
    }

    private static String start(Api api, String reason) {
        JsonNode started = api.data(
                        "quanzhou-admin",
                        "mutation($input: StartRatingInput!) { startRating(input: $input) { run { id } errors { code } } }",
                        Map.of("input", Map.of("year", 2023, "reason", reason)))
                .path("startRating");
        assertThat(started.path("errors").size()).as(started.toString()).isZero();
        return started.path("run").path("id").asString();
    }

    /** Polls the run until the worker has finished it; it must have completed. */
    private static String completedRun(Api api, String run) throws InterruptedException {
        JsonNode progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.data("quanzhou-admin", PROGRESS, Map.of("id", run)).path("ratingRun");
            if (progress.path("status").asString().matches("completed|failed")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(progress.path("status").asString())
                .as(String.valueOf(progress))
                .isEqualTo("completed");
        return run;
    }

    private java.math.BigDecimal publicTotal(long agency) {
        JsonNode entries = new dev.saferank.platform.GraphQlHttp(port)
                .post(
                        "{ publicNotice(tenant: \"quanzhou\", year: 2023) { entries { agencyId total } } }",
                        Map.of(),
                        null)
                .body()
                .path("data")
                .path("publicNotice")
                .path("entries");
        for (JsonNode entry : entries) {
            if (entry.path("agencyId").asLong() == agency) {
                return entry.path("total").decimalValue();
            }
        }
        throw new AssertionError("not on the notice: " + agency);
    }

    record HandWorked(long agency, String unpublishedPledgeFinding) {}

    /**
     * PreviewIT's 泉州 agency: 2 registered engineers, business in 2023 (registered records, written
     * as the register would), and over GraphQL three 14.5a, one 9.1 (未公开承诺), a draft 20.1, a 市级约谈
     * and a 省级表彰.
     */
    private HandWorked handWorkedAgency(Api api, TestData data, String name) {
        long agency = data.agency("quanzhou", name, "evaluation");
        // registered records (the register's own feature): 2 registered safety engineers, business in 2023
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "INSERT INTO staff (tenant_id, agency_id, name, id_hash, full_time, created_by)"
                            + " VALUES ('quanzhou', ?, ?, ?, TRUE, 'test')",
                    agency,
                    "注册安全工程师" + i,
                    "%064x".formatted(System.nanoTime() + i));
            long staff = jdbc.queryForObject(
                    "SELECT MAX(id) FROM staff WHERE tenant_id = 'quanzhou' AND agency_id = ?", Long.class, agency);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                            + " VALUES ('quanzhou', ?, ?, 'registeredSafetyEngineer', ?)",
                    agency,
                    staff,
                    "C" + staff);
        }
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES ('quanzhou', ?, '服务企业', 'evaluation', '2023-03-01', 'test')",
                agency);
        // the facts, over GraphQL: recorded by an inspector, confirmed by the admin (a second person)
        confirmed(api, agency, "14.5a", 3);
        String pledge = confirmed(api, agency, "9.1", 1);
        record(api, "quanzhou-inspector", "recordFinding", "RecordFindingInput", finding(agency, "20.1", 1)); // a draft
        record(api, "quanzhou-inspector", "recordSanction", "RecordSanctionInput", sanction(agency));
        record(api, "quanzhou-admin", "recordHonour", "RecordHonourInput", honour(agency));
        return new HandWorked(agency, pledge);
    }

    private static String confirmed(Api api, long agency, String rule, int count) {
        JsonNode recorded =
                record(api, "quanzhou-inspector", "recordFinding", "RecordFindingInput", finding(agency, rule, count));
        String id = recorded.path("finding").path("id").asString();
        record(api, "quanzhou-admin", "confirmFinding", "ConfirmFindingInput", Map.of("id", id));
        return id;
    }

    private static Map<String, Object> finding(long agency, String rule, int count) {
        var input = new HashMap<String, Object>();
        input.put("agencyId", Long.toString(agency));
        input.put("year", 2023);
        input.put("ruleCode", rule);
        input.put("count", count);
        input.put("evidence", "现场检查记录");
        input.put("source", "routineInspection");
        input.put("observedOn", LocalDate.of(2023, 7, 20).toString());
        return input;
    }

    private static Map<String, Object> sanction(long agency) {
        return Map.of(
                "agencyId", Long.toString(agency),
                "year", 2023,
                "type", "interview",
                "level", "city",
                "decidedOn", "2023-06-01",
                "issuer", "泉州市应急管理局",
                "reason", "服务不到位");
    }

    private static Map<String, Object> honour(long agency) {
        return Map.of(
                "agencyId", Long.toString(agency),
                "year", 2023,
                "level", "province",
                "cause", "安全生产先进单位",
                "awardedOn", "2023-07-01",
                "issuer", "福建省应急管理厅");
    }

    private static JsonNode record(Api api, String user, String mutation, String inputType, Map<String, ?> input) {
        String selection =
                mutation.endsWith("Finding") ? "finding { id } errors { field code }" : "errors { field code }";
        JsonNode payload = api.data(
                        user,
                        "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + selection
                                + " } }",
                        Map.of("input", input))
                .path(mutation);
        assertThat(payload.path("errors").size())
                .as("%s: %s", mutation, payload)
                .isZero();
        return payload;
    }
}
