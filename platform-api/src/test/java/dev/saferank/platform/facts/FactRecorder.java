package dev.saferank.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.servers.Waiting;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Records a city's agencies and the year's facts through GraphQL, as its bureau does in the console: the bureau
 * admin registers agencies, staff and engagements; the inspector records findings, which the admin (a second
 * person) confirms; sanctions, honours, measurements, entered data and sampled enterprises as the API takes them;
 * then the admin starts the year's rating. Every mutation must succeed. Where the requests go and which names,
 * credit codes and ID numbers are made up is the caller's: unique ones for a test among others, or the same ones
 * in every deployment for tests that compare deployments.
 */
public class FactRecorder {

    /** A signed-in GraphQL request: its {@code data}. */
    @FunctionalInterface
    public interface Graphql {
        JsonNode data(String user, String document, Map<String, ?> variables);
    }

    /** The identities a recorder makes up, asked for in the order the facts are recorded. */
    public interface Identities {
        String agencyName(String name);

        String creditCode();

        String idNumber();

        String certificateNumber();

        String enterpriseName();

        String reportName();

        /** Unique names, credit codes and ID numbers, for a test among others on a shared database. */
        static Identities unique() {
            return new Identities() {
                @Override
                public String agencyName(String name) {
                    return name + AgencyFixtures.marker();
                }

                @Override
                public String creditCode() {
                    return TestData.uniqueCreditCode();
                }

                @Override
                public String idNumber() {
                    return AgencyFixtures.idNumber();
                }

                @Override
                public String certificateNumber() {
                    return "C" + AgencyFixtures.marker();
                }

                @Override
                public String enterpriseName() {
                    return "服务企业" + AgencyFixtures.marker();
                }

                @Override
                public String reportName() {
                    return "报告" + AgencyFixtures.marker();
                }
            };
        }
    }

    private final Graphql api;
    private final Identities identities;
    protected final String city;
    protected final int year;
    protected final String admin;
    protected final String inspector;
    private final String district;

    public FactRecorder(Graphql api, Identities identities, String city, int year, String district) {
        this.api = api;
        this.identities = identities;
        this.city = city;
        this.year = year;
        this.admin = city + "-admin";
        this.inspector = city + "-inspector";
        this.district = district;
    }

    public int year() {
        return year;
    }

    /** A registered agency of the city's district; returns its id. */
    public long agency(String name, String category, String officeArea) {
        var input = new HashMap<String, Object>();
        input.put("creditCode", identities.creditCode());
        input.put("name", identities.agencyName(name));
        input.put("category", category);
        input.put("districts", List.of(district));
        if (officeArea != null) {
            input.put("officeArea", officeArea);
        }
        return ok(admin, "registerAgency", "RegisterAgencyInput", input, "agency { id }")
                .path("agency")
                .path("id")
                .asLong();
    }

    /** {@code count} full-time staff holding a certificate of {@code certificate} (or none when null). */
    public void staff(long agency, int count, String certificate) {
        for (int i = 0; i < count; i++) {
            var input = new HashMap<String, Object>();
            input.put("agencyId", Long.toString(agency));
            input.put("name", "技术人员" + i);
            input.put("idNumber", identities.idNumber());
            input.put("fullTime", true);
            if (certificate != null) {
                input.put(
                        "certificates",
                        List.of(Map.of(
                                "type",
                                certificate,
                                "number",
                                identities.certificateNumber(),
                                "validUntil",
                                "2099-12-31")));
            }
            ok(admin, "addStaff", "AddStaffInput", input, "staff { id }");
        }
    }

    /** An engagement with a contract on the given day; returns its id. */
    public long engagement(long agency, LocalDate contract) {
        return ok(
                        admin,
                        "recordEngagement",
                        "RecordEngagementInput",
                        Map.of(
                                "agencyId",
                                Long.toString(agency),
                                "enterpriseName",
                                identities.enterpriseName(),
                                "districtCode",
                                district,
                                "serviceType",
                                "evaluation",
                                "contractDate",
                                contract.toString()),
                        "engagement { id }")
                .path("engagement")
                .path("id")
                .asLong();
    }

    /** An engagement with a contract on 1 March of the year; returns its id. */
    public long engagement(long agency) {
        return engagement(agency, LocalDate.of(year, 3, 1));
    }

    /** A finding recorded by the inspector and confirmed by the admin; returns its id. */
    public String finding(long agency, String rule, int count) {
        return finding(agency, rule, count, null);
    }

    /** A finding at an enterprise the agency served (null: none), recorded and confirmed; returns its id. */
    public String finding(long agency, String rule, int count, Long enterprise) {
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
    public void sampled(long agency, long engagement) {
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
    public void sanction(long agency, String type, String level) {
        ok(inspector, "recordSanction", "RecordSanctionInput", sanctionInput(agency, type, level), "sanction { id }");
    }

    /** The errors of a sanction the API refuses. */
    public JsonNode refusedSanction(long agency, String type, String level) {
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

    /** An honour awarded on 1 May of the year. */
    public void honour(long agency, String level, String cause) {
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

    /**
     * Exam results of the agency's registered staff (临沂 抽考 examines the agency's technical staff), picked from the
     * exam form's candidates in turn; an agency without staff gets one examinee registered first.
     */
    public void exams(long agency, String... scores) {
        List<String> staff = new java.util.ArrayList<>();
        data(
                        inspector,
                        "query($a: ID!, $y: Int!) { examCandidates(agencyId: $a, year: $y) { staffId } }",
                        Map.of("a", Long.toString(agency), "y", year))
                .path("examCandidates")
                .forEach(c -> staff.add(c.path("staffId").asString()));
        if (staff.isEmpty()) {
            staff.add(ok(
                            admin,
                            "addStaff",
                            "AddStaffInput",
                            Map.of(
                                    "agencyId",
                                    Long.toString(agency),
                                    "name",
                                    "考生",
                                    "idNumber",
                                    identities.idNumber(),
                                    "fullTime",
                                    true),
                            "staff { id }")
                    .path("staff")
                    .path("id")
                    .asString());
        }
        for (int i = 0; i < scores.length; i++) {
            ok(
                    inspector,
                    "recordExamResult",
                    "RecordExamResultInput",
                    Map.of(
                            "agencyId",
                            Long.toString(agency),
                            "year",
                            year,
                            "staffId",
                            staff.get(i % staff.size()),
                            "score",
                            scores[i]),
                    "measurement { id }");
        }
    }

    /** 评议 scores, by an evaluator group where the scheme has them (null: none). */
    public void satisfaction(long agency, String group, String... scores) {
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

    /** Survey forms (佛山), each its answers' letters. */
    public void surveys(long agency, String... answers) {
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

    public void reportReviews(long agency, String... percentages) {
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
                            identities.reportName(),
                            "percentage",
                            p),
                    "measurement { id }");
        }
    }

    /** A figure the bureau enters for the agency-year ({@code field} of the scheme's entered data). */
    public void data(long agency, String field, String value) {
        ok(
                inspector,
                "setAgencyData",
                "SetAgencyDataInput",
                Map.of("agencyId", Long.toString(agency), "year", year, "field", field, "value", value),
                "data { source }");
    }

    /** Starts the year's rating and waits (up to 4 minutes) for a rating worker to complete it; returns the run id. */
    public String rate() {
        String run = ok(
                        admin,
                        "startRating",
                        "StartRatingInput",
                        Map.of("year", year, "reason", year + "年度评定"),
                        "run { id }")
                .path("run")
                .path("id")
                .asString();
        completed(run);
        return run;
    }

    /** Waits (up to 4 minutes) until the run has ended, and asserts that it completed. */
    public void completed(String run) {
        JsonNode[] progress = {null};
        Waiting.until(Duration.ofMinutes(4), city + "'s rating run " + run, () -> {
            progress[0] = data(admin, "query($id: ID!) { ratingRun(id: $id) { status error } }", Map.of("id", run))
                    .path("ratingRun");
            return progress[0].path("status").asString().matches("completed|failed");
        });
        assertThat(progress[0].path("status").asString())
                .as("%s run %s: %s", city, run, progress[0])
                .isEqualTo("completed");
    }

    /** A mutation that must succeed: its payload. */
    protected JsonNode ok(String user, String mutation, String inputType, Map<String, ?> input, String selection) {
        JsonNode payload = data(
                        user,
                        "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + selection
                                + " errors { field code message } } }",
                        Map.of("input", input))
                .path(mutation);
        assertThat(payload.path("errors").size())
                .as("%s %s: %s", city, mutation, payload)
                .isZero();
        return payload;
    }

    protected JsonNode data(String user, String document, Map<String, ?> variables) {
        return api.data(user, document, variables);
    }

    /** The codes of a payload's errors, in order. */
    public static List<String> codes(JsonNode errors) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.path("code").asString()));
        return out;
    }
}
