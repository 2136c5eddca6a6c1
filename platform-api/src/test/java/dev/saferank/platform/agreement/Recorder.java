package dev.saferank.platform.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.measurement.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Records a city's agencies and facts through GraphQL, as its bureau does in the console: the bureau admin
 * registers agencies, staff and engagements; the inspector records findings, which the admin (a second
 * person) confirms; sanctions, honours, measurements, entered data and sampled enterprises as the API takes
 * them. Every mutation must succeed.
 */
final class Recorder {

    private final Api api;
    private final String city;
    private final int year;
    private final String admin;
    private final String inspector;
    private final String district;

    Recorder(Api api, AgencyFixtures fixtures, String city, int year) {
        this.api = api;
        this.city = city;
        this.year = year;
        this.admin = city + "-admin";
        this.inspector = city + "-inspector";
        this.district = fixtures.district(city);
    }

    /** A registered agency; returns its id. */
    long agency(String name, String category, String officeArea) {
        var input = new HashMap<String, Object>();
        input.put("creditCode", TestData.uniqueCreditCode());
        input.put("name", name + AgencyFixtures.marker());
        input.put("category", category);
        input.put("districts", List.of(district));
        if (officeArea != null) {
            input.put("officeArea", officeArea);
        }
        JsonNode agency = ok(admin, "registerAgency", "RegisterAgencyInput", input, "agency { id }");
        return agency.path("agency").path("id").asLong();
    }

    /** {@code count} full-time staff holding a certificate of {@code certificate} (or none when null). */
    void staff(long agency, int count, String certificate) {
        for (int i = 0; i < count; i++) {
            var input = new HashMap<String, Object>();
            input.put("agencyId", Long.toString(agency));
            input.put("name", "技术人员" + i);
            input.put("idNumber", AgencyFixtures.idNumber());
            input.put("fullTime", true);
            if (certificate != null) {
                input.put(
                        "certificates",
                        List.of(Map.of(
                                "type",
                                certificate,
                                "number",
                                "C" + AgencyFixtures.marker(),
                                "validUntil",
                                "2099-12-31")));
            }
            ok(admin, "addStaff", "AddStaffInput", input, "staff { id }");
        }
    }

    /** An engagement with a contract on the given day; returns its id. */
    long engagement(long agency, LocalDate contract) {
        JsonNode recorded = ok(
                admin,
                "recordEngagement",
                "RecordEngagementInput",
                Map.of(
                        "agencyId",
                        Long.toString(agency),
                        "enterpriseName",
                        "服务企业" + AgencyFixtures.marker(),
                        "districtCode",
                        district,
                        "serviceType",
                        "evaluation",
                        "contractDate",
                        contract.toString()),
                "engagement { id }");
        return recorded.path("engagement").path("id").asLong();
    }

    long engagement(long agency) {
        return engagement(agency, LocalDate.of(year, 3, 1));
    }

    /** A finding recorded by the inspector and confirmed by the admin; returns its id. */
    String finding(long agency, String rule, int count) {
        return finding(agency, rule, count, null);
    }

    String finding(long agency, String rule, int count, Long enterprise) {
        var input = new HashMap<String, Object>();
        input.put("agencyId", Long.toString(agency));
        input.put("year", year);
        input.put("ruleCode", rule);
        input.put("count", count);
        input.put("evidence", "现场检查记录");
        input.put("source", "routineInspection");
        input.put("observedOn", LocalDate.of(year, 7, 20).toString());
        if (enterprise != null) {
            input.put("enterprise", Long.toString(enterprise));
        }
        String id = ok(inspector, "recordFinding", "RecordFindingInput", input, "finding { id }")
                .path("finding")
                .path("id")
                .asString();
        ok(admin, "confirmFinding", "ConfirmFindingInput", Map.of("id", id), "finding { id }");
        return id;
    }

    /** An enterprise checked on site (临沂 工作实绩), recorded by the inspector. */
    void sampled(long agency, long engagement) {
        ok(
                inspector,
                "recordSampledEnterprise",
                "RecordSampledEnterpriseInput",
                Map.of(
                        "agencyId", Long.toString(agency),
                        "year", year,
                        "engagementId", Long.toString(engagement),
                        "checkedOn", LocalDate.of(year, 7, 20).toString()),
                "sampledEnterprise { id }");
    }

    /** A sanction that took effect on 1 June of the year (the year comes from the date). */
    void sanction(long agency, String type, String level) {
        ok(inspector, "recordSanction", "RecordSanctionInput", sanctionInput(agency, type, level), "sanction { id }");
    }

    /** The errors of a sanction the API refuses. */
    JsonNode refusedSanction(long agency, String type, String level) {
        JsonNode payload = api.data(
                        inspector,
                        "mutation($input: RecordSanctionInput!) { recordSanction(input: $input) { sanction { id }"
                                + " errors { field code message } } }",
                        Map.of("input", sanctionInput(agency, type, level)))
                .path("recordSanction");
        assertThat(payload.path("sanction").isNull()).as(payload.toString()).isTrue();
        return payload.path("errors");
    }

    private Map<String, Object> sanctionInput(long agency, String type, String level) {
        return Map.of(
                "agencyId",
                Long.toString(agency),
                "type",
                type,
                "level",
                level,
                "decidedOn",
                LocalDate.of(year, 6, 1).toString(),
                "issuer",
                "应急管理局",
                "reason",
                "检查发现");
    }

    void honour(long agency, String level, String cause) {
        ok(
                admin,
                "recordHonour",
                "RecordHonourInput",
                Map.of(
                        "agencyId",
                        Long.toString(agency),
                        "level",
                        level,
                        "cause",
                        cause,
                        "awardedOn",
                        LocalDate.of(year, 5, 1).toString(),
                        "issuer",
                        "人民政府"),
                "honour { id }");
    }

    void exams(long agency, String... scores) {
        for (String score : scores) {
            ok(
                    inspector,
                    "recordExamResult",
                    "RecordExamResultInput",
                    Map.of("agencyId", Long.toString(agency), "year", year, "staffName", "考生", "score", score),
                    "measurement { id }");
        }
    }

    void satisfaction(long agency, String group, String... scores) {
        for (String score : scores) {
            var input = new HashMap<String, Object>();
            input.put("agencyId", Long.toString(agency));
            input.put("year", year);
            input.put("score", score);
            input.put("respondent", "评议人");
            if (group != null) {
                input.put("group", group);
            }
            ok(inspector, "recordSatisfactionResponse", "RecordSatisfactionResponseInput", input, "measurement { id }");
        }
    }

    void surveys(long agency, String... answers) {
        for (String a : answers) {
            ok(
                    inspector,
                    "recordSatisfactionResponse",
                    "RecordSatisfactionResponseInput",
                    Map.of(
                            "agencyId",
                            Long.toString(agency),
                            "year",
                            year,
                            "measurement",
                            "survey",
                            "respondent",
                            "服务企业",
                            "answers",
                            a),
                    "measurement { id }");
        }
    }

    void reportReviews(long agency, String... percentages) {
        for (String p : percentages) {
            ok(
                    inspector,
                    "recordReportReview",
                    "RecordReportReviewInput",
                    Map.of(
                            "agencyId",
                            Long.toString(agency),
                            "year",
                            year,
                            "report",
                            "报告" + AgencyFixtures.marker(),
                            "percentage",
                            p),
                    "measurement { id }");
        }
    }

    void data(long agency, String field, String value) {
        ok(
                inspector,
                "setAgencyData",
                "SetAgencyDataInput",
                Map.of("agencyId", Long.toString(agency), "year", year, "field", field, "value", value),
                "data { source }");
    }

    /** A mutation that must succeed: its payload. */
    private JsonNode ok(String user, String mutation, String inputType, Map<String, ?> input, String selection) {
        JsonNode payload = api.data(
                        user,
                        "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + selection
                                + " errors { field code message } } }",
                        Map.of("input", input))
                .path(mutation);
        assertThat(payload.path("errors").size()).as("%s %s", mutation, payload).isZero();
        return payload;
    }

    static List<String> codes(JsonNode errors) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.path("code").asString()));
        return out;
    }
}
