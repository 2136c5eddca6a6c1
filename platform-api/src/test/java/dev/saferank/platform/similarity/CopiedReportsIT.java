package dev.saferank.platform.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Generated reports uploaded over GraphQL: copies with the enterprise swapped, lightly edited
 * copies, one agency's template filled for several enterprises, and reports written independently
 * on the same topic. The platform's suggestions are compared with the known truth (precision and
 * recall printed and held to floors); inspectors confirm (a draft finding naming both reports) or
 * dismiss (with a reason); nothing is ever compared across tenants.
 */
@RealServersTest
class CopiedReportsIT {

    static final String TENANT = "suzhou";
    static final String UPLOAD = "mutation($input: UploadReportInput!) { uploadReport(input: $input) {"
            + " report { id } errors { field code message } } }";
    static final String FIELDS = "id agencyId similarity kind kindLabel ruleCode ruleNote status findingId decidedBy"
            + " decidedAt reason report { id title enterprise } similarReport { id title enterprise }";
    static final String LIST = "query($filter: ReportSimilarityFilter, $first: Int, $after: String) {"
            + " reportSimilarities(filter: $filter, first: $first, after: $after) { edges { node { " + FIELDS
            + " } } pageInfo { hasNextPage endCursor } } }";
    static final String CONFIRM =
            "mutation($input: ConfirmReportSimilarityInput!) { confirmReportSimilarity(input: $input) {"
                    + " similarity { " + FIELDS + " } errors { field code message } } }";
    static final String DISMISS =
            "mutation($input: DismissReportSimilarityInput!) { dismissReportSimilarity(input: $input) {"
                    + " similarity { " + FIELDS + " } errors { field code message } } }";

    /** An unordered pair of reports and the kind the platform should name. */
    record Pair(long a, long b, String kind) {
        static Pair of(long x, long y, String kind) {
            return new Pair(Math.min(x, y), Math.max(x, y), kind);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    TestData data;
    String nonce;

    @BeforeEach
    void scheme() {
        api = new Api(port);
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme(TENANT, "tenants/suzhou/suzhou-2023.yaml", 2023);
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        nonce = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void copiesAndTemplatesAreFoundWithHighPrecisionAndRecall() {
        var generator = new GeneratedReports(6005);
        List<Long> independent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            independent.add(agency("苏州独立机构" + i));
        }
        List<Long> copiers = List.of(agency("苏州抄袭机构甲"), agency("苏州抄袭机构乙"), agency("苏州抄袭机构丙"), agency("苏州抄袭机构丁"));
        List<Long> templaters = List.of(agency("苏州模板机构甲"), agency("苏州模板机构乙"), agency("苏州模板机构丙"));
        Set<Pair> truth = new HashSet<>();
        Map<Long, Long> copyOf = new HashMap<>();
        List<Long> all = new ArrayList<>();

        List<GeneratedReports.Text> originals = new ArrayList<>();
        List<Long> originalIds = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            long agency = independent.get(i % 12);
            var text = generator.fresh(enterprise("原始", i), name(agency));
            originals.add(text);
            originalIds.add(upload(agency, text, LocalDate.of(2023, 3, 1).plusDays(i)));
        }
        all.addAll(originalIds);
        for (int i = 0; i < 16; i++) {
            long agency = copiers.get(i % 4);
            boolean edited = i >= 8;
            var text = edited
                    ? generator.edited(originals.get(i), enterprise("抄袭", i), 0.10 + 0.02 * (i - 8))
                    : generator.copy(originals.get(i), enterprise("抄袭", i));
            long id = upload(agency, text, LocalDate.of(2023, 5, 1).plusDays(i));
            truth.add(Pair.of(id, originalIds.get(i), "copy"));
            copyOf.put(id, originalIds.get(i));
            all.add(id);
        }
        for (int family = 0; family < 3; family++) {
            long agency = templaters.get(family);
            var model = generator.fresh(enterprise("模板" + family + "号", 0), name(agency));
            List<Long> members = new ArrayList<>();
            members.add(upload(agency, model, LocalDate.of(2023, 4, 1)));
            for (int j = 1; j < 4; j++) {
                members.add(upload(
                        agency,
                        generator.template(model, enterprise("模板" + family + "号", j)),
                        LocalDate.of(2023, 6, j)));
            }
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    truth.add(Pair.of(members.get(x), members.get(y), "template"));
                }
            }
            all.addAll(members);
        }
        // written independently, some by the agencies that copy or use templates, for other enterprises
        for (int i = 0; i < 12; i++) {
            long agency = i < 4 ? copiers.get(i) : i < 7 ? templaters.get(i - 4) : independent.get(i);
            all.add(upload(agency, generator.fresh(enterprise("另写", i), name(agency)), LocalDate.of(2023, 7, 1 + i)));
        }
        assertThat(all).hasSize(62);

        awaitChecked(all);
        var found = jdbc.queryForList(
                "SELECT report_id, similar_report_id, kind, similarity FROM report_similarity WHERE tenant_id = ?"
                        + " AND report_id IN (" + ids(all) + ") AND similar_report_id IN (" + ids(all) + ")",
                TENANT);
        Set<Pair> detected = new HashSet<>();
        Map<String, List<Double>> similarities = new java.util.TreeMap<>();
        for (var row : found) {
            long report = ((Number) row.get("report_id")).longValue();
            long similar = ((Number) row.get("similar_report_id")).longValue();
            detected.add(Pair.of(report, similar, (String) row.get("kind")));
            String category = copyOf.containsKey(report)
                    ? (all.indexOf(report) < 30 ? "copy" : "edited copy")
                    : (String) row.get("kind");
            similarities
                    .computeIfAbsent(category, k -> new ArrayList<>())
                    .add(((Number) row.get("similarity")).doubleValue());
            if (copyOf.containsKey(report) || copyOf.containsKey(similar)) {
                assertThat(copyOf.get(report))
                        .as("the later issued copy is the suspect")
                        .isEqualTo(similar);
            }
        }
        Set<Pair> correct = new HashSet<>(detected);
        correct.retainAll(truth);
        double precision = detected.isEmpty() ? 0 : (double) correct.size() / detected.size();
        double recall = (double) correct.size() / truth.size();
        System.out.printf(
                "CopiedReportsIT: 62 reports, %d true pairs (16 copies, 18 template pairs), %d suggested, %d correct:"
                        + " precision %.3f, recall %.3f; missed %s; wrong %s; similarity min–max %s%n",
                truth.size(),
                detected.size(),
                correct.size(),
                precision,
                recall,
                difference(truth, detected),
                difference(detected, truth),
                similarities.entrySet().stream()
                        .map(e -> e.getKey() + " "
                                + e.getValue().stream()
                                        .mapToDouble(d -> d)
                                        .min()
                                        .orElse(0) + "–"
                                + e.getValue().stream()
                                        .mapToDouble(d -> d)
                                        .max()
                                        .orElse(0))
                        .toList());

        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
        // every plain copy (names swapped, nothing else) is found
        for (int i = 0; i < 8; i++) {
            assertThat(detected).contains(Pair.of(all.get(22 + i), originalIds.get(i), "copy"));
        }

        var page = api.data(
                        "suzhou-inspector",
                        LIST,
                        Map.of("filter", Map.of("agencyId", copiers.getFirst(), "status", "suggested"), "first", 2))
                .path("reportSimilarities");
        JsonNode node = page.path("edges").get(0).path("node");
        assertThat(node.path("kind").asString()).isEqualTo("copy");
        assertThat(node.path("kindLabel").asString()).isEqualTo("抄袭他人成果");
        assertThat(node.path("ruleCode").isNull()).isTrue();
        assertThat(node.path("ruleNote").asString()).isEqualTo("本市考评标准中没有与“抄袭他人成果”对应的计分规则；确认时请指定规则编号");
        assertThat(node.path("report").path("enterprise").asString()).startsWith("苏州抄袭");
        assertThat(node.path("similarity").asDouble()).isGreaterThan(0.9);
        assertThat(page.path("edges").size()).isEqualTo(2);
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        var next = api.data(
                        "suzhou-inspector",
                        LIST,
                        Map.of(
                                "filter",
                                Map.of("agencyId", copiers.getFirst(), "status", "suggested"),
                                "first",
                                2,
                                "after",
                                page.path("pageInfo").path("endCursor").asString()))
                .path("reportSimilarities");
        assertThat(next.path("edges").findValuesAsString("id"))
                .doesNotContainAnyElementsOf(page.path("edges").findValuesAsString("id"));
        assertThat(api.errorClass("suzhou-agency", LIST, Map.of())).isEqualTo("FORBIDDEN");
    }

    @Test
    void confirmingRecordsADraftFindingNamingBothReportsAndDismissingNeedsAReason() {
        var generator = new GeneratedReports(System.nanoTime());
        long author = agency("苏州原创机构");
        long copier = agency("苏州照搬机构");
        var original = generator.fresh(enterprise("原创", 1), name(author));
        long originalId = upload(author, original, LocalDate.of(2023, 3, 10));
        long copyId = upload(copier, generator.copy(original, enterprise("照搬", 1)), LocalDate.of(2023, 4, 10));
        var model = generator.fresh(enterprise("模板", 1), name(author));
        long modelId = upload(author, model, LocalDate.of(2023, 5, 10));
        long siblingId = upload(author, generator.template(model, enterprise("模板", 2)), LocalDate.of(2023, 6, 10));
        awaitChecked(List.of(originalId, copyId, modelId, siblingId));
        String copy = suggestion(copier);
        String template = suggestion(author);

        JsonNode noRule = confirm(Map.of("id", copy)).path("errors");
        assertThat(noRule.findValuesAsString("field")).containsExactly("input.ruleCode");
        assertThat(noRule.findValuesAsString("code")).containsExactly("RULE_REQUIRED");
        assertThat(noRule.findValuesAsString("message")).containsExactly("本市考评标准中没有与“抄袭他人成果”对应的计分规则；确认时请指定规则编号");
        assertThat(confirm(Map.of("id", copy, "ruleCode", "99.9"))
                        .path("errors")
                        .findValuesAsString("message"))
                .containsExactly("考评标准中没有规则“99.9”");

        JsonNode confirmed = confirm(Map.of("id", copy, "ruleCode", "8.2", "reason", "两份报告的危险源辨识完全相同"))
                .path("similarity");
        assertThat(confirmed.path("status").asString()).isEqualTo("confirmed");
        assertThat(confirmed.path("decidedBy").asString()).isEqualTo("suzhou-inspector");
        assertThat(confirmed.path("reason").asString()).isEqualTo("两份报告的危险源辨识完全相同");
        String findingId = confirmed.path("findingId").asString();

        JsonNode findings = api.data(
                        "suzhou-admin",
                        "query($id: ID!) { agency(id: $id) { findings(year: 2023) { id ruleCode status source evidence"
                                + " observedOn recordedBy history { action actor } } } }",
                        Map.of("id", copier))
                .path("agency")
                .path("findings");
        assertThat(findings.size()).isEqualTo(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("id").asString()).isEqualTo(findingId);
        assertThat(finding.path("ruleCode").asString()).isEqualTo("8.2");
        assertThat(finding.path("status").asString()).isEqualTo("draft");
        assertThat(finding.path("source").asString()).isEqualTo("reportReview");
        assertThat(finding.path("observedOn").asString()).isEqualTo("2023-04-10");
        assertThat(finding.path("recordedBy").asString()).isEqualTo("suzhou-inspector");
        assertThat(finding.path("evidence").asString())
                .startsWith("抄袭他人成果：报告《" + enterprise("照搬", 1) + "安全现状评价报告》（报告编号 " + copyId)
                .contains("与另一机构（机构编号 " + author + "）出具的报告《" + enterprise("原创", 1) + "安全现状评价报告》（报告编号 " + originalId)
                .containsPattern("文字相似度 (9\\d|100)%")
                .endsWith("核实说明：两份报告的危险源辨识完全相同");
        assertThat(finding.path("history").findValuesAsString("action")).containsExactly("recorded");
        // the finding counts once a second person confirms it, as every finding
        var second = api.data(
                        "suzhou-admin",
                        "mutation($input: ConfirmFindingInput!) { confirmFinding(input: $input) { finding { status } errors { code } } }",
                        Map.of("input", Map.of("id", findingId)))
                .path("confirmFinding");
        assertThat(second.path("finding").path("status").asString()).isEqualTo("confirmed");
        assertThat(confirm(Map.of("id", copy, "ruleCode", "8.2")).path("errors").findValuesAsString("message"))
                .containsExactly("该相似报告提示已处理（已确认）");

        JsonNode blank = dismiss(Map.of("id", template, "reason", " ")).path("errors");
        assertThat(blank.findValuesAsString("field")).containsExactly("input.reason");
        assertThat(blank.findValuesAsString("message")).containsExactly("请填写驳回理由");
        JsonNode dismissed = dismiss(Map.of("id", template, "reason", "同一企业集团的两个厂区，按规定可共用评价框架"))
                .path("similarity");
        assertThat(dismissed.path("status").asString()).isEqualTo("dismissed");
        assertThat(dismissed.path("kindLabel").asString()).isEqualTo("机械模板化服务");
        assertThat(dismissed.path("report").path("id").asString()).isEqualTo(String.valueOf(siblingId));
        assertThat(dismissed.path("similarReport").path("id").asString()).isEqualTo(String.valueOf(modelId));
        assertThat(dismissed.path("findingId").isNull()).isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM change_history WHERE tenant_id = ? AND entity_type = 'reportSimilarity'"
                                + " AND entity_id IN (?, ?) ORDER BY id",
                        String.class,
                        TENANT,
                        copy,
                        template))
                .containsExactly("confirmed", "dismissed");
        assertThat(api.data(
                                "suzhou-inspector",
                                LIST,
                                Map.of("filter", Map.of("agencyId", author, "status", "dismissed")))
                        .path("reportSimilarities")
                        .path("edges")
                        .findValuesAsString("reason"))
                .containsExactly("同一企业集团的两个厂区，按规定可共用评价框架");
    }

    @Test
    void reportsAreNeverComparedAcrossTenantsNorDecidedFromAnother() {
        var generator = new GeneratedReports(System.nanoTime());
        long author = agency("苏州被抄机构");
        long copier = agency("苏州抄袭机构");
        var original = generator.fresh(enterprise("被抄", 1), name(author));
        long originalId = upload(author, original, LocalDate.of(2023, 3, 10));
        long copyId = upload(copier, generator.copy(original, enterprise("抄袭", 1)), LocalDate.of(2023, 4, 10));
        long linyiAgency = data.agency("linyi", "临沂抄袭机构" + nonce, "evaluation");
        long linyiCopy = upload(
                "linyi-inspector",
                linyiAgency,
                generator.copy(original, "临沂" + nonce + "化工有限公司"),
                LocalDate.of(2022, 5, 1));
        awaitChecked(List.of(originalId, copyId, linyiCopy));
        String suzhouSuggestion = suggestion(copier);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM report_similarity WHERE report_id = ? OR similar_report_id = ?",
                        Integer.class,
                        linyiCopy,
                        linyiCopy))
                .isZero();
        assertThat(api.data("linyi-inspector", LIST, Map.of("first", 100)).toString())
                .doesNotContain(enterprise("抄袭", 1))
                .doesNotContain(enterprise("被抄", 1));
        String missing = "987654321987";
        for (var id : List.of(suzhouSuggestion, missing)) {
            JsonNode confirmed = api.data(
                            "linyi-inspector", CONFIRM, Map.of("input", Map.of("id", id, "ruleCode", "6.4")))
                    .path("confirmReportSimilarity");
            assertThat(confirmed.path("errors").findValuesAsString("message")).containsExactly("未找到相似报告提示 " + id);
            JsonNode dismissed = api.data("linyi-admin", DISMISS, Map.of("input", Map.of("id", id, "reason", "越权")))
                    .path("dismissReportSimilarity");
            assertThat(dismissed.path("errors").findValuesAsString("code")).containsExactly("NOT_FOUND");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM report_similarity WHERE id = ?", String.class, suzhouSuggestion))
                .isEqualTo("suggested");
    }

    private String suggestion(long agency) {
        var edges = api.data("suzhou-inspector", LIST, Map.of("filter", Map.of("agencyId", agency)))
                .path("reportSimilarities")
                .path("edges");
        assertThat(edges.size()).as("suggestions for agency %s", agency).isEqualTo(1);
        return edges.get(0).path("node").path("id").asString();
    }

    private JsonNode confirm(Map<String, Object> input) {
        return api.data("suzhou-inspector", CONFIRM, Map.of("input", input)).path("confirmReportSimilarity");
    }

    private JsonNode dismiss(Map<String, Object> input) {
        return api.data("suzhou-inspector", DISMISS, Map.of("input", input)).path("dismissReportSimilarity");
    }

    private long agency(String name) {
        return data.agency(TENANT, name + nonce, "evaluation");
    }

    private String name(long agency) {
        return jdbc.queryForObject("SELECT name FROM agency WHERE id = ?", String.class, agency);
    }

    private String enterprise(String kind, int i) {
        return "苏州" + kind + nonce + "第" + i + "化工有限公司";
    }

    private long upload(long agency, GeneratedReports.Text text, LocalDate issuedOn) {
        return upload("suzhou-inspector", agency, text, issuedOn);
    }

    private long upload(String user, long agency, GeneratedReports.Text text, LocalDate issuedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("agencyId", String.valueOf(agency));
        input.put("enterprise", text.enterprise());
        input.put("type", "evaluation");
        input.put("title", text.title());
        input.put("issuedOn", issuedOn.toString());
        input.put("signatories", List.of(Map.of("name", "评价师")));
        input.put("body", text.body());
        JsonNode payload = api.data(user, UPLOAD, Map.of("input", input)).path("uploadReport");
        assertThat(payload.path("errors").size())
                .as("upload errors %s", payload.path("errors"))
                .isZero();
        return payload.path("report").path("id").asLong();
    }

    /** Waits until the background check has compared every one of the reports. */
    private void awaitChecked(List<Long> reports) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM report_similarity_queue WHERE done_at IS NULL AND report_id IN ("
                                + ids(reports) + ")",
                        Integer.class)
                > 0) {
            assertThat(Instant.now()).as("reports checked within 180 s").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static Set<Pair> difference(Set<Pair> a, Set<Pair> b) {
        Set<Pair> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
