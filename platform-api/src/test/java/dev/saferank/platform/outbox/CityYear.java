package dev.saferank.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.complaint.PublicHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A city's year through the GraphQL API of a {@link Deployment}, every request to the next API node in turn, as
 * its bureau, its inspectors and the public do it: agencies, staff, engagements and the year's facts recorded
 * (findings recorded by an inspector and confirmed by the admin), the rating started and followed, the notice
 * opened, an objection filed by the public and accepted (the finding withdrawn, the city re-rated as a new run
 * version), the results published, and each agency looked up in the public search. Names, credit codes, ID
 * numbers and enterprises are the same in every deployment, so that two deployments' results are comparable
 * byte for byte.
 */
final class CityYear {

    /** What a city's year produced, as compared between deployments. */
    record Outcome(
            String city,
            Map<String, Long> agencies,
            List<String> runChecksums,
            String rowsSha256,
            List<String> published,
            Map<String, List<String>> searched) {}

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String HIT = "agencyName grade publishedGrade rank total lists";

    private final Deployment deployment;
    final String city;
    final int year;
    private final int cityNumber;
    private final String admin;
    private final String inspector;
    private final String district;
    private final Map<String, Long> agencies = new LinkedHashMap<>();
    private int serial;

    CityYear(Deployment deployment, String city, int cityNumber, int year, String district) {
        this.deployment = deployment;
        this.city = city;
        this.cityNumber = cityNumber;
        this.year = year;
        this.admin = city + "-admin";
        this.inspector = city + "-inspector";
        this.district = district;
    }

    // ---- the year's facts, by the bureau (admin) and its inspectors ----

    /** A registered agency of the city's district; returns its id. */
    long agency(String name, String category, String officeArea) {
        var input = new HashMap<String, Object>();
        input.put("creditCode", CreditCode.complete("91350100" + String.format("%09d", 180_000_000 + next())));
        input.put("name", name);
        input.put("category", category);
        input.put("districts", List.of(district));
        if (officeArea != null) {
            input.put("officeArea", officeArea);
        }
        long id = ok(admin, "registerAgency", "RegisterAgencyInput", input, "agency { id }")
                .path("agency")
                .path("id")
                .asLong();
        agencies.put(name, id);
        return id;
    }

    /** {@code count} full-time staff holding a certificate of {@code certificate} (or none when null). */
    void staff(long agency, int count, String certificate) {
        for (int i = 0; i < count; i++) {
            var input = new HashMap<String, Object>();
            input.put("agencyId", Long.toString(agency));
            input.put("name", "技术人员" + i);
            input.put("idNumber", idNumber(next()));
            input.put("fullTime", true);
            if (certificate != null) {
                input.put(
                        "certificates",
                        List.of(Map.of(
                                "type", certificate, "number", "C" + city + next(), "validUntil", "2099-12-31")));
            }
            ok(admin, "addStaff", "AddStaffInput", input, "staff { id }");
        }
    }

    /** An engagement with a contract on 1 March of the year; returns its id. */
    long engagement(long agency) {
        return ok(
                        admin,
                        "recordEngagement",
                        "RecordEngagementInput",
                        Map.of(
                                "agencyId",
                                Long.toString(agency),
                                "enterpriseName",
                                "服务企业" + next(),
                                "districtCode",
                                district,
                                "serviceType",
                                "evaluation",
                                "contractDate",
                                LocalDate.of(year, 3, 1).toString()),
                        "engagement { id }")
                .path("engagement")
                .path("id")
                .asLong();
    }

    /** An engagement of an earlier year only. */
    void engagement(long agency, LocalDate contract) {
        ok(
                admin,
                "recordEngagement",
                "RecordEngagementInput",
                Map.of(
                        "agencyId",
                        Long.toString(agency),
                        "enterpriseName",
                        "服务企业" + next(),
                        "districtCode",
                        district,
                        "serviceType",
                        "evaluation",
                        "contractDate",
                        contract.toString()),
                "engagement { id }");
    }

    /** A finding recorded by the inspector and confirmed by the admin (a second person); returns its id. */
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

    String finding(long agency, String rule, int count) {
        return finding(agency, rule, count, null);
    }

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

    void sanction(long agency, String type, String level) {
        ok(
                inspector,
                "recordSanction",
                "RecordSanctionInput",
                Map.of(
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
                        "检查发现"),
                "sanction { id }");
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

    void data(long agency, String field, String value) {
        ok(
                inspector,
                "setAgencyData",
                "SetAgencyDataInput",
                Map.of("agencyId", Long.toString(agency), "year", year, "field", field, "value", value),
                "data { source }");
    }

    // ---- the year's end: rating, notice, objection, publication, public search ----

    /**
     * Rates the year, puts the run on notice, has the public object to {@code objected}'s finding {@code
     * finding}, which the bureau withdraws before accepting (the city re-rated), publishes the re-rated results
     * after the notice period and searches each agency by name, anonymously.
     */
    Outcome end(String objected, String finding) {
        String first = rate();
        String notice = ok(
                        admin,
                        "openNotice",
                        "OpenNoticeInput",
                        Map.of("runId", first, "startsOn", LocalDate.now(CHINA).toString()),
                        "notice { id }")
                .path("notice")
                .path("id")
                .asString();

        JsonNode filed = anonymous(
                        "mutation($input: FileObjectionInput!) { fileObjection(input: $input) { trackingCode"
                                + " errors { field code message } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "tenant",
                                        city,
                                        "year",
                                        year,
                                        "agencyId",
                                        Long.toString(agencies.get(objected)),
                                        "reason",
                                        "该机构被扣分的检查发现与事实不符，请复核",
                                        "name",
                                        "王先生",
                                        "contact",
                                        "13800000018")))
                .path("fileObjection");
        assertThat(filed.path("errors").size())
                .as("%s fileObjection: %s", city, filed)
                .isZero();
        String trackingCode = filed.path("trackingCode").asString();
        ok(
                admin,
                "withdrawFinding",
                "WithdrawFindingInput",
                Map.of("id", finding, "reason", "异议采纳：经复核该扣分不成立"),
                "finding { id }");
        String objection = data(
                        admin,
                        "query($n: ID!) { objections(noticeId: $n) { edges { node { id } } } }",
                        Map.of("n", notice))
                .path("objections")
                .path("edges")
                .get(0)
                .path("node")
                .path("id")
                .asString();
        String rerun = ok(
                        admin,
                        "decideObjection",
                        "DecideObjectionInput",
                        Map.of("id", objection, "accept", true, "decision", "经复核扣分不成立，撤销该检查发现并重新评定"),
                        "objection { rerun { id } }")
                .path("objection")
                .path("rerun")
                .path("id")
                .asString();
        completed(rerun);
        // the notice follows the re-rating once it has completed
        Deployment.await(
                Duration.ofMinutes(2),
                city + "'s notice showing run " + rerun,
                () -> rerun.equals(
                        data(admin, "query($y: Int!) { ratingNotice(year: $y) { run { id } } }", Map.of("y", year))
                                .path("ratingNotice")
                                .path("run")
                                .path("id")
                                .asString()));
        assertThat(anonymous(
                                "query($c: String!) { objectionStatus(trackingCode: $c) { statusText } }",
                                Map.of("c", trackingCode))
                        .path("objectionStatus")
                        .path("statusText")
                        .asString())
                .isEqualTo("已采纳");

        // the notice period is over (its days moved into the past, as the calendar would have it)
        deployment
                .jdbc()
                .update(
                        "UPDATE rating_notice SET starts_on = ?, ends_on = ? WHERE tenant_id = ? AND id = ?",
                        LocalDate.now(CHINA).minusDays(9),
                        LocalDate.now(CHINA).minusDays(1),
                        city,
                        Long.parseLong(notice));
        String publication = ok(admin, "publish", "PublishInput", Map.of("noticeId", notice), "publication { id }")
                .path("publication")
                .path("id")
                .asString();
        String query = "query($id: ID!) { publication(id: $id) { status error rowsSha256"
                + " entries { agencyName total grade publishedGrade overallRank lists isPublic } } }";
        JsonNode[] published = {null};
        Deployment.await(Duration.ofMinutes(3), city + "'s publication " + publication, () -> {
            published[0] = data(admin, query, Map.of("id", publication)).path("publication");
            return !published[0].path("status").asString().matches("queued|running");
        });
        assertThat(published[0].path("status").asString())
                .as("%s publication: %s", city, published[0])
                .isEqualTo("published");
        List<String> entries = new ArrayList<>();
        for (JsonNode e : published[0].path("entries")) {
            entries.add(e.path("agencyName").asString() + " " + e.path("total").asString() + " "
                    + e.path("grade").asString() + " "
                    + e.path("publishedGrade").asString() + " rank "
                    + e.path("overallRank").asString() + " " + e.path("lists") + " public "
                    + e.path("isPublic").asBoolean());
        }

        // the public search, once the publication's documents are delivered and searchable
        deployment.awaitOutboxDelivered(Duration.ofMinutes(2));
        refresh();
        Map<String, List<String>> searched = new LinkedHashMap<>();
        for (String name : agencies.keySet()) {
            JsonNode result = anonymous(
                            "query($q: String, $f: PublicRatingFilter) { publicRatings(query: $q, filter: $f) { total"
                                    + " hits { " + HIT + " } } }",
                            Map.of("q", name, "f", Map.of("tenant", city, "year", year)))
                    .path("publicRatings");
            List<String> hits = new ArrayList<>();
            hits.add("total " + result.path("total").asInt());
            for (JsonNode hit : result.path("hits")) {
                hits.add(hit.path("agencyName").asString() + " "
                        + hit.path("grade").asString() + " "
                        + hit.path("publishedGrade").asString() + " rank "
                        + hit.path("rank").asString() + " "
                        + hit.path("total").asString() + " " + hit.path("lists"));
            }
            searched.put(name, hits);
        }

        List<String> checksums = deployment
                .jdbc()
                .queryForList(
                        "SELECT CONCAT(run_version, ' ', status, ' ', checksum) FROM rating_run WHERE tenant_id = ?"
                                + " AND year = ? ORDER BY run_version",
                        String.class,
                        city,
                        year);
        return new Outcome(
                city,
                Map.copyOf(agencies),
                checksums,
                published[0].path("rowsSha256").asString(),
                entries,
                searched);
    }

    /** Starts the year's rating and waits for it to complete; returns the run's id. */
    private String rate() {
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

    private void completed(String run) {
        JsonNode[] progress = {null};
        Deployment.await(Duration.ofMinutes(4), city + "'s rating run " + run, () -> {
            progress[0] = data(admin, "query($id: ID!) { ratingRun(id: $id) { status error } }", Map.of("id", run))
                    .path("ratingRun");
            return progress[0].path("status").asString().matches("completed|failed");
        });
        assertThat(progress[0].path("status").asString())
                .as("%s run %s: %s", city, run, progress[0])
                .isEqualTo("completed");
    }

    private void refresh() {
        try {
            deployment.elasticsearch().indices().refresh(r -> r.index(deployment.index("ratings")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutation that must succeed, on the next node: its payload. */
    private JsonNode ok(String user, String mutation, String inputType, Map<String, ?> input, String selection) {
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

    private JsonNode data(String user, String document, Map<String, ?> variables) {
        return deployment.api().data(user, document, variables);
    }

    /** An anonymous request on the next node, from an address of its own (the anonymous limit is per address). */
    private JsonNode anonymous(String document, Map<String, ?> variables) {
        JsonNode body = new PublicHttp(deployment.nextPort()).post(PublicHttp.uniqueAddress(), document, variables);
        assertThat(body.path("errors").isMissingNode()).as("%s: %s", city, body).isTrue();
        return body.path("data");
    }

    private int next() {
        return cityNumber * 1000 + ++serial;
    }

    /** A valid ID number, the same for the same serial in every deployment. */
    private static String idNumber(int n) {
        String first17 = "35" + String.format("%04d", n / 1000 % 10000) + "19800101" + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
