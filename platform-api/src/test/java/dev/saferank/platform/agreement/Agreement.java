package dev.saferank.platform.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.measurement.Api;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One agency as the three readers of the facts see it: the live preview, the rating job's result and the
 * what-if row under the same scheme version. {@link #assertAgree()} checks they agree on total, grade,
 * vetoes, exclusion and every item's points; the test then checks the agreed values against its
 * hand-worked ones.
 */
record Agreement(long agency, Seen preview, Seen job, Seen whatIf, Integer rank, JsonNode trail) {

    /** What one reader says of the agency. */
    record Seen(BigDecimal total, String grade, List<String> vetoes, String exclusion, Map<String, BigDecimal> items) {

        boolean rated() {
            return total != null;
        }
    }

    static final String ITEMS = "items { number points }";
    static final String TRAIL = "sections { " + ITEMS + " } bonus { " + ITEMS + " } penalties { " + ITEMS + " }";

    /** Reads the agency from the three readers as the bureau admin. */
    static Agreement of(Api api, String city, int year, String run, String version, long agency) {
        String admin = city + "-admin";
        String id = Long.toString(agency);
        JsonNode preview = api.data(
                        admin,
                        "query($a: ID!, $y: Int!) { preview(agencyId: $a, year: $y) { evaluated total grade"
                                + " vetoes { code } exclusion { code } " + TRAIL + " } }",
                        Map.of("a", id, "y", year))
                .path("preview");
        JsonNode result = api.data(
                        admin,
                        "query($r: ID!, $a: ID!) { ratingRun(id: $r) { result(agencyId: $a) { total grade overallRank"
                                + " vetoes { code } exclusion { code } trail { " + TRAIL
                                + " problems { path message } sampledEnterprises } } } }",
                        Map.of("r", run, "a", id))
                .path("ratingRun")
                .path("result");
        JsonNode comparison = api.data(
                        admin,
                        "query($y: Int!, $v: String!) { compareSchemes(year: $y, versionA: $v, versionB: $v) {"
                                + " rows { agencyId totalA gradeA rankA vetoesA exclusionA itemsA { number points } }"
                                + " incomplete { agencyId } } }",
                        Map.of("y", year, "v", version))
                .path("compareSchemes");
        Seen whatIf = new Seen(null, null, List.of(), null, Map.of());
        for (JsonNode row : comparison.path("rows")) {
            if (row.path("agencyId").asLong() == agency) {
                whatIf = new Seen(
                        decimal(row.path("totalA")),
                        text(row.path("gradeA")),
                        strings(row.path("vetoesA")),
                        text(row.path("exclusionA")),
                        items(row.path("itemsA")));
            }
        }
        return new Agreement(
                agency,
                new Seen(
                        decimal(preview.path("total")),
                        text(preview.path("grade")),
                        codes(preview.path("vetoes")),
                        text(preview.path("exclusion").path("code")),
                        trailItems(preview)),
                new Seen(
                        decimal(result.path("total")),
                        text(result.path("grade")),
                        codes(result.path("vetoes")),
                        text(result.path("exclusion").path("code")),
                        trailItems(result.path("trail"))),
                whatIf,
                result.path("overallRank").isNull()
                                || result.path("overallRank").isMissingNode()
                        ? null
                        : result.path("overallRank").asInt(),
                result.path("trail"));
    }

    /** The preview, the job and the what-if agree on everything they say of the agency. */
    Agreement assertAgree() {
        assertThat(job.total()).as("job total of %s", agency).isEqualTo(preview.total());
        assertThat(whatIf.total()).as("what-if total of %s", agency).isEqualTo(preview.total());
        assertThat(job.grade()).as("job grade of %s", agency).isEqualTo(preview.grade());
        assertThat(whatIf.grade()).as("what-if grade of %s", agency).isEqualTo(preview.grade());
        assertThat(job.vetoes()).as("job vetoes of %s", agency).isEqualTo(preview.vetoes());
        assertThat(whatIf.vetoes()).as("what-if vetoes of %s", agency).isEqualTo(preview.vetoes());
        assertThat(job.exclusion()).as("job exclusion of %s", agency).isEqualTo(preview.exclusion());
        assertThat(whatIf.exclusion()).as("what-if exclusion of %s", agency).isEqualTo(preview.exclusion());
        assertThat(job.items()).as("job items of %s", agency).isEqualTo(preview.items());
        if (preview.rated() || preview.exclusion() != null) {
            assertThat(whatIf.items()).as("what-if items of %s", agency).isEqualTo(preview.items());
        }
        return this;
    }

    /** The problems the job's trail lists (why no total, facts not used), in Chinese. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        trail.path("problems").forEach(p -> out.add(p.path("message").asString()));
        return out;
    }

    private static Map<String, BigDecimal> trailItems(JsonNode trail) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        trail.path("sections").forEach(s -> out.putAll(items(s.path("items"))));
        out.putAll(items(trail.path("bonus").path("items")));
        out.putAll(items(trail.path("penalties").path("items")));
        return out;
    }

    private static Map<String, BigDecimal> items(JsonNode items) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(
                i.path("number").asString(), i.path("points").decimalValue().stripTrailingZeros()));
        return out;
    }

    private static List<String> codes(JsonNode outcomes) {
        List<String> out = new ArrayList<>();
        outcomes.forEach(o -> out.add(o.path("code").asString()));
        return out;
    }

    private static List<String> strings(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asString()));
        return out;
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNull() || value.isMissingNode()
                ? null
                : value.decimalValue().stripTrailingZeros();
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
