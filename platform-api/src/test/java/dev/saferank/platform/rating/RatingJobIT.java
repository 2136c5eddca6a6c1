package dev.saferank.platform.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
    void aRatingStartedOverGraphQlGivesTheHandWorkedResultOfThePreview() throws InterruptedException {
        var api = new Api(port);
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        new RatingRows(jdbc).finishActive("quanzhou", 2023);
        long agency = data.agency("quanzhou", "泉州评定机构", "evaluation");
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
                    "INSERT INTO staff_certificate (tenant_id, staff_id, type, number)"
                            + " VALUES ('quanzhou', ?, 'registeredSafetyEngineer', ?)",
                    staff,
                    "C" + staff);
        }
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " VALUES ('quanzhou', ?, '服务企业', 'evaluation', '2023-03-01', 'test')",
                agency);
        // the facts, over GraphQL: recorded by an inspector, confirmed by the admin (a second person)
        confirmed(api, agency, "14.5a", 3);
        confirmed(api, agency, "9.1", 1);
        record(api, "quanzhou-inspector", "recordFinding", "RecordFindingInput", finding(agency, "20.1", 1)); // a draft
        record(api, "quanzhou-inspector", "recordSanction", "RecordSanctionInput", sanction(agency));
        record(api, "quanzhou-admin", "recordHonour", "RecordHonourInput", honour(agency));
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
        assertThat(result.path("rawTotal").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(result.path("grade").asString()).isEqualTo("良好");
        assertThat(result.path("overallRank").isNull()).isFalse();
        assertThat(result.path("vetoes").size()).isZero();
        assertThat(result.path("agency").path("name").asString()).isEqualTo("泉州评定机构");
        assertThat(result.path("trail").path("sections")).isEqualTo(preview.path("sections"));
        assertThat(result.path("trail").path("bonus")).isEqualTo(preview.path("bonus"));
        assertThat(result.path("trail").path("penalties")).isEqualTo(preview.path("penalties"));

        // the agency reads its own result
        new AgencyFixtures(jdbc, port).linkAccount("quanzhou", "quanzhou-agency", agency);
        JsonNode mine = api.data("quanzhou-agency", "{ myRatingResults(year: 2023) { total grade } }", Map.of())
                .path("myRatingResults");
        assertThat(mine.get(0).path("total").decimalValue()).isEqualByComparingTo("86.5");
    }

    private static void confirmed(Api api, long agency, String rule, int count) {
        JsonNode recorded =
                record(api, "quanzhou-inspector", "recordFinding", "RecordFindingInput", finding(agency, rule, count));
        String id = recorded.path("finding").path("id").asString();
        record(api, "quanzhou-admin", "confirmFinding", "ConfirmFindingInput", Map.of("id", id));
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
