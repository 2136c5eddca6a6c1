package dev.saferank.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.complaint.PublicHttp;
import dev.saferank.platform.facts.FactRecorder;
import dev.saferank.servers.Waiting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
final class CityYear extends FactRecorder {

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
    private final Map<String, Long> agencies = new LinkedHashMap<>();

    CityYear(Deployment deployment, String city, int cityNumber, int year, String district) {
        super(
                (user, document, variables) -> deployment.api().data(user, document, variables),
                new Numbered(city, cityNumber),
                city,
                year,
                district);
        this.deployment = deployment;
    }

    /** A registered agency of the city's district, remembered by name for the outcome; returns its id. */
    @Override
    public long agency(String name, String category, String officeArea) {
        long id = super.agency(name, category, officeArea);
        agencies.put(name, id);
        return id;
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
        Waiting.until(
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
        Waiting.until(Duration.ofMinutes(3), city + "'s publication " + publication, () -> {
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

    private void refresh() {
        try {
            deployment.elasticsearch().indices().refresh(r -> r.index(deployment.index("ratings")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An anonymous request on the next node, from an address of its own (the anonymous limit is per address). */
    private JsonNode anonymous(String document, Map<String, ?> variables) {
        JsonNode body = new PublicHttp(deployment.nextPort()).post(PublicHttp.uniqueAddress(), document, variables);
        assertThat(body.path("errors").isMissingNode()).as("%s: %s", city, body).isTrue();
        return body.path("data");
    }

    /**
     * Names as given, credit codes, ID numbers and enterprises numbered from the city's number: the same for the
     * same serial in every deployment.
     */
    private static final class Numbered implements FactRecorder.Identities {

        private final String city;
        private final int cityNumber;
        private int serial;

        Numbered(String city, int cityNumber) {
            this.city = city;
            this.cityNumber = cityNumber;
        }

        @Override
        public String agencyName(String name) {
            return name;
        }

        @Override
        public String creditCode() {
            return CreditCode.complete("91350100" + String.format("%09d", 180_000_000 + next()));
        }

        /** A valid ID number. */
        @Override
        public String idNumber() {
            int n = next();
            String first17 =
                    "35" + String.format("%04d", n / 1000 % 10000) + "19800101" + String.format("%03d", n % 1000);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return first17 + "10X98765432".charAt(sum % 11);
        }

        @Override
        public String certificateNumber() {
            return "C" + city + next();
        }

        @Override
        public String enterpriseName() {
            return "服务企业" + next();
        }

        @Override
        public String reportName() {
            return "报告" + next();
        }

        private int next() {
            return cityNumber * 1000 + ++serial;
        }
    }
}
