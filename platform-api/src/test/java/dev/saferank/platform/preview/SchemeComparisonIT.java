package dev.saferank.platform.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The what-if of two 泉州 scheme versions over one year's recorded facts. Version B is the shipped 2023.1
 * with 14.5a at 1 point per occurrence instead of 0.5 (cap 2 kept) and 优秀 from 85 instead of 90. The
 * year 2042 has facts only for this test's three agencies (every other 泉州 agency had no business that
 * year: excluded, no rank). Expected values worked out by hand from the scheme table.
 */
@RealServersTest
class SchemeComparisonIT {

    static final String COMPARE = "query($y: Int!, $a: String!, $b: String!) { compareSchemes(year: $y, versionA: $a,"
            + " versionB: $b) { year versionA versionB changedCount rows { agencyId agencyName totalA totalB delta"
            + " gradeA gradeB rankA rankB gradeChanged changed } incomplete { agencyId version problems } } }";
    static final int YEAR = 2042;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    TestData data;
    PreviewIT facts;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        facts = new PreviewIT();
        facts.jdbc = jdbc;
    }

    @Test
    void comparesTotalsGradesAndRanksOfTheYearsAgenciesUnderTwoVersions() {
        String versionB = uploadVersionB();
        long p = data.agency("quanzhou", "泉州比较甲机构", "evaluation");
        long q = data.agency("quanzhou", "泉州比较乙机构", "evaluation");
        long r = data.agency("quanzhou", "泉州比较丙机构", "evaluation");
        facts("quanzhou", p, 2, "14.5a", "14.5a", "14.5a", "9.1");
        facts("quanzhou", q, 3, "14.5a", "14.2");
        facts("quanzhou", r, 1, "14.5a");

        JsonNode comparison = api.data("quanzhou-admin", COMPARE, Map.of("y", YEAR, "a", "2023.1", "b", versionB))
                .path("compareSchemes");

        assertThat(comparison.path("versionA").asString()).isEqualTo("2023.1");
        assertThat(comparison.path("versionB").asString()).isEqualTo(versionB);
        // 甲: 2 engineers → item 3: 6 × (3 − 2) = 6 off; 14.5a × 3: A 1.5 off, B 3 capped at 2; 9.1 zeroes 1 point
        //     A 100 − 6 − 1.5 − 1 = 91.5 优秀; B 100 − 6 − 2 − 1 = 91.0 优秀 (B: 优秀 from 85)
        assertRow(comparison, p, "91.5", "91.0", "-0.5", "优秀", "优秀", 2, 2, false);
        // 乙: 3 engineers → 0 off; 14.5a × 1: A 0.5, B 1; 14.2: 2 off
        //     A 100 − 0.5 − 2 = 97.5 优秀; B 100 − 1 − 2 = 97.0 优秀
        assertRow(comparison, q, "97.5", "97.0", "-0.5", "优秀", "优秀", 1, 1, false);
        // 丙: 1 engineer → 6 × 2 = 12 off; 14.5a × 1
        //     A 100 − 12 − 0.5 = 87.5 良好 (80 ≤ 87.5 < 90); B 100 − 12 − 1 = 87.0 优秀 (≥ 85)
        assertRow(comparison, r, "87.5", "87.0", "-0.5", "良好", "优秀", 3, 3, true);
        // the other 泉州 agencies had no business in 2042: excluded under both, unchanged
        assertThat(comparison.path("changedCount").asInt()).isEqualTo(3);
        for (JsonNode row : comparison.path("rows")) {
            if (!Map.of(p, 1, q, 1, r, 1).containsKey(row.path("agencyId").asLong())) {
                assertThat(row.path("totalA").isNull()).isTrue();
                assertThat(row.path("changed").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void anUnknownVersionIsNamedWithItsFieldAndAnotherCitysVersionIsUnknown() {
        JsonNode unknown = api.body("quanzhou-admin", COMPARE, Map.of("y", YEAR, "a", "2023.1", "b", "不存在的版本"))
                .path("errors")
                .get(0);
        assertThat(unknown.path("message").asString()).isEqualTo("考评方案版本 不存在的版本 不存在");
        assertThat(unknown.path("extensions")
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("versionB");

        // a version only 佛山 has
        String foshanVersion = "foshan-whatif-" + System.nanoTime();
        schemes.upload(
                "foshan",
                seedSource("foshan").replaceFirst("version: \"[^\"]*\"", "version: \"" + foshanVersion + "\""),
                "test");
        String elsewhere =
                api.errorMessage("quanzhou-admin", COMPARE, Map.of("y", YEAR, "a", "2023.1", "b", foshanVersion));
        assertThat(elsewhere).isEqualTo("考评方案版本 " + foshanVersion + " 不存在");
        assertThat(api.errorClass("foshan-agency", COMPARE, Map.of("y", YEAR, "a", foshanVersion, "b", foshanVersion)))
                .isEqualTo("FORBIDDEN");
    }

    private void facts(String tenant, long agency, int engineers, String... rules) {
        facts.agencyData(tenant, agency, YEAR, "registeredEngineers", engineers);
        facts.agencyData(tenant, agency, YEAR, "hadBusiness", 1);
        for (String rule : rules) {
            facts.finding(tenant, agency, YEAR, rule, "confirmed");
        }
    }

    private String seedSource(String tenant) {
        try (var in =
                getClass().getClassLoader().getResourceAsStream("tenants/" + tenant + "/" + tenant + "-2023.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String uploadVersionB() {
        String source = seedSource("quanzhou");
        String version = "2023.1-whatif-" + System.nanoTime();
        String changed = source.replace("version: \"2023.1\"", "version: \"" + version + "\"")
                .replace(
                        "每发现 1 处扣 0.5 分（扣满 2 分为止）\", kind: perOccurrence, points: 0.5, cap: 2}\n          - {code: \"14.5b\"",
                        "每发现 1 处扣 1 分（扣满 2 分为止）\", kind: perOccurrence, points: 1, cap: 2}\n          - {code: \"14.5b\"")
                .replace("- {min: 90, label: 优秀}", "- {min: 85, label: 优秀}");
        assertThat(changed).contains("points: 1, cap: 2}").contains("{min: 85, label: 优秀}");
        return schemes.upload("quanzhou", changed, "test").version();
    }

    private static void assertRow(
            JsonNode comparison,
            long agency,
            String totalA,
            String totalB,
            String delta,
            String gradeA,
            String gradeB,
            int rankA,
            int rankB,
            boolean gradeChanged) {
        JsonNode row = null;
        for (JsonNode candidate : comparison.path("rows")) {
            if (candidate.path("agencyId").asLong() == agency) {
                row = candidate;
            }
        }
        assertThat(row).as("row of agency %d", agency).isNotNull();
        assertThat(row.path("totalA").decimalValue()).isEqualByComparingTo(totalA);
        assertThat(row.path("totalB").decimalValue()).isEqualByComparingTo(totalB);
        assertThat(row.path("delta").decimalValue()).isEqualByComparingTo(delta);
        assertThat(row.path("gradeA").asString()).isEqualTo(gradeA);
        assertThat(row.path("gradeB").asString()).isEqualTo(gradeB);
        assertThat(row.path("rankA").asInt()).isEqualTo(rankA);
        assertThat(row.path("rankB").asInt()).isEqualTo(rankB);
        assertThat(row.path("gradeChanged").asBoolean()).isEqualTo(gradeChanged);
        assertThat(row.path("changed").asBoolean()).isTrue();
    }
}
