package dev.saferank.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Investigators search the tenant's reports, complaints and cases: Chinese words with highlights,
 * filters, facets and pages; "all reports signed by this person" and "all complaints about this
 * agency" are one query each; another tenant's documents never show. Every test's documents carry
 * a word of their own (a nonce), so that the shared index of the build does not disturb the counts.
 */
@RealServersTest
class InvestigatorSearchIT {

    static final String REPORTS = "query($q: String, $f: ReportSearchFilter, $first: Int, $after: String) {"
            + " searchReports(query: $q, filter: $f, first: $first, after: $after) { total"
            + " hits { node { id title agencyId agencyName body signatories { name } } score highlights { field fragments } }"
            + " facets { name buckets { key label count } } pageInfo { hasNextPage endCursor } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    Api api;
    String nonce;
    long agencyA;
    long agencyB;
    long staff;

    @BeforeEach
    void reports() {
        api = new Api(port);
        nonce = nonce();
        var data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        data.tenant("linyi");
        agencyA = data.agency("quanzhou", "泉州甲评价公司", "evaluation");
        agencyB = data.agency("quanzhou", "泉州乙检测公司", "testing");
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES ('quanzhou', ?, '郑签字', ?, 'test')",
                agencyA,
                "%064d".formatted(System.nanoTime()));
        staff = jdbc.queryForObject("SELECT id FROM staff WHERE agency_id = ?", Long.class, agencyA);
    }

    @Test
    void findsChineseWordsWithHighlightsFiltersAndFacets() {
        upload(agencyA, "evaluation", "2023-03-01", "液氨储罐区安全现状评价报告", "储罐区的防火堤高度不足。" + nonce, true);
        upload(agencyA, "evaluation", "2022-11-20", "加油站安全验收评价报告", "加油站储罐埋地敷设符合规范。" + nonce, true);
        upload(agencyA, "testing", "2023-07-15", "压力管道检测报告", "管道壁厚检测合格。" + nonce, false);
        upload(agencyB, "testing", "2023-09-09", "储罐检测报告", "储罐焊缝无损检测。" + nonce, false);
        long linyiAgency = new TestData(jdbc, schemes).agency("linyi", "临沂储罐机构", "evaluation");
        upload("linyi-admin", linyiAgency, "evaluation", "2023-01-01", "临沂储罐评价报告", "储罐。" + nonce, null);

        JsonNode tanks = search("quanzhou-inspector", "储罐 " + nonce, Map.of(), 10);

        // 储罐 appears in the reports 1, 2 and 4 of 泉州; 临沂's report is another tenant's
        assertThat(titles(tanks)).containsExactlyInAnyOrder("液氨储罐区安全现状评价报告", "加油站安全验收评价报告", "储罐检测报告");
        assertThat(tanks.path("hits").findValues("fragments").toString()).contains("<em>储罐</em>");
        // each hit with its agency's name and, asked for, its text (read for the hits in one statement)
        JsonNode weldHit = node(tanks, "储罐检测报告");
        assertThat(weldHit.path("agencyName").asString()).isEqualTo("泉州乙检测公司");
        assertThat(weldHit.path("body").asString()).isEqualTo("储罐焊缝无损检测。" + nonce);
        assertThat(node(tanks, "加油站安全验收评价报告").path("agencyName").asString()).isEqualTo("泉州甲评价公司");
        assertThat(node(tanks, "加油站安全验收评价报告").path("body").asString()).isEqualTo("加油站储罐埋地敷设符合规范。" + nonce);
        JsonNode onlyNonce = search("quanzhou-inspector", nonce, Map.of(), 10);
        // facets over the four 泉州 reports: type evaluation 2, testing 2; agency A 3, B 1;
        // year 2022 1, 2023 3; signatory 郑签字 2 (the first two), 陈检测 2
        assertThat(facet(onlyNonce, "type")).containsEntry("evaluation", 2L).containsEntry("testing", 2L);
        assertThat(facet(onlyNonce, "agency"))
                .containsEntry(String.valueOf(agencyA), 3L)
                .containsEntry(String.valueOf(agencyB), 1L);
        assertThat(facet(onlyNonce, "year")).containsEntry("2022", 1L).containsEntry("2023", 3L);
        assertThat(facet(onlyNonce, "signatory")).containsEntry("郑签字", 2L).containsEntry("陈检测", 2L);
        assertThat(label(onlyNonce, "type", "testing")).isEqualTo("检测检验");
        assertThat(label(onlyNonce, "agency", String.valueOf(agencyB))).isEqualTo("泉州乙检测公司");
        // filters: agency A, type testing: the pipe report only; dates in 2023 of agency A: two
        assertThat(titles(search("quanzhou-admin", nonce, Map.of("agencyId", agencyA, "type", "testing"), 10)))
                .containsExactly("压力管道检测报告");
        assertThat(search(
                                "quanzhou-admin",
                                nonce,
                                Map.of("agencyId", agencyA, "issuedFrom", "2023-01-01", "issuedTo", "2023-12-31"),
                                10)
                        .path("total")
                        .asInt())
                .isEqualTo(2);
        // the other tenant sees only its own report
        assertThat(titles(search("linyi-inspector", nonce, Map.of(), 10))).containsExactly("临沂储罐评价报告");
    }

    @Test
    void allReportsSignedByOnePersonAreOneQuery() {
        upload(agencyA, "evaluation", "2023-03-01", "甲报告", "正文" + nonce, true);
        upload(agencyA, "evaluation", "2023-04-01", "乙报告", "正文" + nonce, false);
        upload(agencyA, "consulting", "2023-05-01", "丙报告", "正文" + nonce, true);

        JsonNode signed = search("quanzhou-inspector", null, Map.of("signatoryStaffId", staff), 10);
        JsonNode byName = search("quanzhou-inspector", nonce, Map.of("signatoryName", "郑签字"), 10);

        assertThat(titles(signed)).containsExactlyInAnyOrder("甲报告", "丙报告");
        assertThat(titles(byName)).containsExactlyInAnyOrder("甲报告", "丙报告");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 1; i <= 5; i++) {
            upload(agencyB, "testing", "2023-0" + i + "-01", "检测报告" + i, "检测正文" + nonce, false);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var variables = new HashMap<String, Object>(Map.of("q", nonce, "first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = api.data("quanzhou-inspector", REPORTS, variables).path("searchReports");
            seen.addAll(titles(page));
            assertThat(page.path("total").asInt()).isEqualTo(5);
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString()
                    : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrder("检测报告1", "检测报告2", "检测报告3", "检测报告4", "检测报告5");
        assertThat(api.errorMessage("quanzhou-inspector", REPORTS, Map.of("first", 101)))
                .isEqualTo("每页条数须在 1 到 100 之间");
        assertThat(api.errorMessage("quanzhou-inspector", REPORTS, Map.of("after", "!!")))
                .isEqualTo("翻页游标无效");
    }

    @Test
    void allComplaintsAboutOneAgencyAreOneQueryAndCasesAreFoundByTheirSteps() {
        String first = triagedComplaint("储罐评价报告弄虚作假" + nonce);
        String second = triagedComplaint("报告签字人未到现场" + nonce);
        fileComplaint("另一家机构的问题" + nonce);
        String caseId = api.data(
                        "quanzhou-admin",
                        "mutation($i: OpenCaseInput!) { openCase(input: $i) { enforcementCase { id } errors { code } } }",
                        Map.of("i", Map.of("complaintId", first, "version", 2, "title", "甲公司弄虚作假案")))
                .path("openCase")
                .path("enforcementCase")
                .path("id")
                .asString();
        api.data(
                "quanzhou-admin",
                "mutation($i: RecordCaseStepInput!) { recordCaseStep(input: $i) { errors { code } } }",
                Map.of(
                        "i",
                        Map.of(
                                "caseId",
                                caseId,
                                "version",
                                1,
                                "kind",
                                "inspection",
                                "takenOn",
                                "2023-08-01",
                                "note",
                                "现场核查发现储罐区检测数据系伪造" + nonce)));

        JsonNode aboutA = await(
                "quanzhou-inspector",
                "query($a: ID!) { searchComplaints(filter: {agencyId: $a}) { total hits { node { id status } }"
                        + " facets { name buckets { key count } } } }",
                Map.of("a", String.valueOf(agencyA)),
                r -> r.path("searchComplaints").path("total").asInt() == 2
                        && r.path("searchComplaints").toString().contains("caseOpened"));
        JsonNode cases = await(
                "quanzhou-inspector",
                "query($q: String) { searchCases(query: $q) { total hits { node { id title steps { kind } }"
                        + " highlights { field fragments } } } }",
                Map.of("q", "伪造 " + nonce),
                r -> r.path("searchCases").path("total").asInt() == 1
                        && r.path("searchCases").toString().contains("inspection"));

        assertThat(aboutA.path("searchComplaints").path("hits").findValuesAsString("id"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(cases.path("searchCases")
                        .path("hits")
                        .get(0)
                        .path("node")
                        .path("title")
                        .asString())
                .isEqualTo("甲公司弄虚作假案");
        assertThat(cases.path("searchCases")
                        .path("hits")
                        .findValues("fragments")
                        .toString())
                .contains("<em>伪造</em>");
        assertThat(api.data(
                                "linyi-inspector",
                                "query($q: String) { searchCases(query: $q) { total } searchComplaints(query: $q) { total } }",
                                Map.of("q", nonce))
                        .toString())
                .isEqualTo("{\"searchCases\":{\"total\":0},\"searchComplaints\":{\"total\":0}}");
        assertThat(api.errorClass("quanzhou-agency", "{ searchComplaints { total } }", Map.of()))
                .isEqualTo("FORBIDDEN");
    }

    private String triagedComplaint(String subject) {
        fileComplaint(subject);
        long id = jdbc.queryForObject(
                "SELECT id FROM complaint WHERE tenant_id = 'quanzhou' AND subject = ?", Long.class, subject);
        api.data(
                "quanzhou-inspector",
                "mutation($i: TriageComplaintInput!) { triageComplaint(input: $i) { errors { code } } }",
                Map.of("i", Map.of("id", String.valueOf(id), "version", 1, "agencyId", String.valueOf(agencyA))));
        return String.valueOf(id);
    }

    private void fileComplaint(String subject) {
        // written as Filing does (row + outbox row); filing over HTTP is ComplaintsIT's subject
        jdbc.update(
                "INSERT INTO complaint (tenant_id, tracking_code, agency_name, subject, body, client_key)"
                        + " VALUES ('quanzhou', ?, '泉州甲评价公司', ?, '投诉内容', ?)",
                java.util
                        .UUID
                        .randomUUID()
                        .toString()
                        .replace("-", "")
                        .substring(0, 16)
                        .toUpperCase(),
                subject,
                "%064d".formatted(System.nanoTime()));
        long id = jdbc.queryForObject(
                "SELECT id FROM complaint WHERE tenant_id = 'quanzhou' AND subject = ?", Long.class, subject);
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id) VALUES ('complaint', 'quanzhou', ?)",
                id);
    }

    private void upload(long agency, String type, String issuedOn, String title, String body, boolean signedByStaff) {
        upload("quanzhou-inspector", agency, type, issuedOn, title, body, signedByStaff ? staff : null);
    }

    private void upload(
            String user, long agency, String type, String issuedOn, String title, String body, Long staffId) {
        var input = new HashMap<String, Object>(Map.of(
                "agencyId", String.valueOf(agency),
                "enterprise", "泉州某企业",
                "type", type,
                "title", title,
                "issuedOn", issuedOn,
                "body", body,
                "signatories",
                        List.of(staffId == null ? Map.of("name", "陈检测") : Map.of("staffId", String.valueOf(staffId)))));
        JsonNode payload = api.data(
                        user,
                        "mutation($i: UploadReportInput!) { uploadReport(input: $i) { report { id } errors { code message } } }",
                        Map.of("i", input))
                .path("uploadReport");
        assertThat(payload.path("errors").size()).as("%s", payload).isZero();
        long id = payload.path("report").path("id").asLong();
        awaitOutbox("report", id);
    }

    /** Waits for the relay, then for the index to make the write visible (refresh, 1 s). */
    private void awaitOutbox(String type, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE entity_type = ? AND entity_id = ? AND sent_at IS NULL",
                        Integer.class,
                        type,
                        id)
                > 0) {
            assertThat(Instant.now()).as("outbox delivery of %s %s", type, id).isBefore(deadline);
            pause();
        }
        // the index makes writes visible at its next refresh (within a second): make it now
        try {
            client.indices().refresh(r -> r.index("saferank-reports"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode search(String user, String query, Map<String, Object> filter, int first) {
        var variables = new HashMap<String, Object>(Map.of("f", filter, "first", first));
        if (query != null) {
            variables.put("q", query);
        }
        return api.data(user, REPORTS, variables).path("searchReports");
    }

    private JsonNode await(String user, String document, Map<String, Object> variables, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode answer = api.data(user, document, variables);
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            pause();
            answer = api.data(user, document, variables);
        }
        assertThat(done.test(answer)).as("%s", answer).isTrue();
        return answer;
    }

    private static List<String> titles(JsonNode result) {
        return result.path("hits").findValuesAsString("title");
    }

    private static Map<String, Long> facet(JsonNode result, String name) {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode facet : result.path("facets")) {
            if (facet.path("name").asString().equals(name)) {
                facet.path("buckets")
                        .forEach(b -> counts.put(
                                b.path("key").asString(), b.path("count").asLong()));
            }
        }
        return counts;
    }

    private static String label(JsonNode result, String name, String key) {
        for (JsonNode facet : result.path("facets")) {
            for (JsonNode bucket : facet.path("buckets")) {
                if (facet.path("name").asString().equals(name)
                        && bucket.path("key").asString().equals(key)) {
                    return bucket.path("label").asString();
                }
            }
        }
        return null;
    }

    /** A word of Latin letters no other test uses: the analyzer keeps it as one token. */
    private static String nonce() {
        String digits = Long.toString(System.nanoTime(), 26);
        var letters = new StringBuilder("zq");
        for (char c : digits.toCharArray()) {
            letters.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return letters.toString();
    }

    private static void pause() {
        pause(100);
    }

    private static JsonNode node(JsonNode result, String title) {
        for (JsonNode hit : result.path("hits")) {
            if (hit.path("node").path("title").asString().equals(title)) {
                return hit.path("node");
            }
        }
        throw new AssertionError("no hit titled " + title + " in " + result);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
