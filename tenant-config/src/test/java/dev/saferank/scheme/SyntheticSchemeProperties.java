package dev.saferank.scheme;

import static dev.saferank.scheme.RandomCases.between;
import static dev.saferank.scheme.RandomCases.cases;
import static dev.saferank.scheme.RandomCases.listOf;
import static dev.saferank.scheme.RandomCases.oneOf;
import static dev.saferank.scheme.RandomCases.stringOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bounds and order independence on the synthetic scheme: pools, per-enterprise averages, measurements. Each
 * property runs over its own fixed-seed stream of cases (see {@link RandomCases}).
 */
@ExtendWith(RandomCases.Label.class)
class SyntheticSchemeProperties {
    static final List<String> ENTERPRISES = List.of("E1", "E2", "E3");

    /**
     * A random agency: up to 12 plain findings and 8 at an enterprise, 2–6 exam scores of 0–100, 1–4 satisfaction
     * values of 0–10 (one decimal), 1–5 survey responses of three letters A–C, an office of 0–300 m².
     */
    static Facts agency(RandomGenerator r) {
        List<Facts.Finding> p = listOf(
                r, 0, 12, g -> Facts.Finding.of(oneOf(g, List.of("1.1", "2.1", "8.1", "12.1")), between(g, 1, 9)));
        List<Facts.Finding> e = listOf(
                r,
                0,
                8,
                g -> new Facts.Finding(
                        oneOf(g, List.of("3.1", "3.2")),
                        between(g, 1, 4),
                        Optional.empty(),
                        Optional.of(oneOf(g, ENTERPRISES))));
        List<BigDecimal> exam = listOf(r, 2, 6, g -> between(g, BigDecimal.ZERO, BigDecimal.valueOf(100), 1));
        List<BigDecimal> sat = listOf(r, 1, 4, g -> between(g, BigDecimal.ZERO, BigDecimal.TEN, 1));
        List<String> survey = listOf(r, 1, 5, g -> stringOf(g, "ABC", 3));
        int area = between(r, 0, 300);
        List<Facts.Finding> findings = new ArrayList<>(p);
        findings.addAll(e);
        return new Facts(
                "S",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(
                        "officeArea", BigDecimal.valueOf(area),
                        "businessVolume", BigDecimal.ONE,
                        "hadBusiness", BigDecimal.ONE,
                        "technicalStaff", BigDecimal.TWO),
                ENTERPRISES,
                findings,
                Map.of(
                        "exam", new Facts.Measurement(exam, Map.of(), List.of()),
                        "satisfaction", new Facts.Measurement(List.of(), Map.of("county", sat, "town", sat), List.of()),
                        "survey", new Facts.Measurement(List.of(), Map.of(), survey)),
                List.of(),
                List.of(),
                List.of());
    }

    static Stream<Arguments> sectionsAndItemsStayWithinTheirBounds() {
        return cases(2026_1122_11L, 300, r -> List.of(agency(r)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void sectionsAndItemsStayWithinTheirBounds(Facts f) {
        Evaluation e = TestCity.ENGINE.evaluate(f);
        e.sections().forEach(s -> assertThat(s.points()).as(s.title()).isBetween(BigDecimal.ZERO, s.max()));
        e.sections().stream()
                .filter(s -> !s.title().equals("服务规范"))
                .flatMap(s -> s.items().stream())
                .forEach(i -> assertThat(i.points())
                        .as(i.number())
                        .isBetween(BigDecimal.ZERO, i.max().orElseThrow()));
        assertThat(e.total().orElseThrow()).isLessThanOrEqualTo(BigDecimal.valueOf(110));
    }

    /** An agency and any long, the seed of the shuffle. */
    static Stream<Arguments> theOrderOfFindingsDoesNotMatter() {
        return cases(2026_1122_12L, 200, r -> List.of(agency(r), r.nextLong()));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void theOrderOfFindingsDoesNotMatter(Facts f, long seed) {
        List<Facts.Finding> shuffled = new ArrayList<>(f.findings());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(TestCity.ENGINE.evaluate(f.withFindings(shuffled)).rawTotal())
                .isEqualByComparingTo(TestCity.ENGINE.evaluate(f).rawTotal());
    }

    static Stream<Arguments> anExtraFindingAtAnEnterpriseNeverRaisesTheScore() {
        return cases(2026_1122_13L, 200, r -> List.of(agency(r), oneOf(r, ENTERPRISES)));
    }

    @ParameterizedTest(name = RandomCases.NAME)
    @MethodSource
    void anExtraFindingAtAnEnterpriseNeverRaisesTheScore(Facts f, String enterprise) {
        List<Facts.Finding> more = new ArrayList<>(f.findings());
        more.add(new Facts.Finding("3.1", 1, Optional.empty(), Optional.of(enterprise)));
        assertThat(TestCity.ENGINE.evaluate(f.withFindings(more)).rawTotal())
                .isLessThanOrEqualTo(TestCity.ENGINE.evaluate(f).rawTotal());
    }
}
