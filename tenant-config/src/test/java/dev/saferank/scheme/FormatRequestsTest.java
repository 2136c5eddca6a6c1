package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The format additions asked for in docs/FORMAT-REQUESTS.md (R1–R5). */
class FormatRequestsTest {

    @Test
    void r1AnAmountRuleAwardsWhatTheFindingGivesWithinItsCap() {
        // 13.1 适当加分 value 2.5 (cap 3) → bonus 2.5 → raw 102.5
        Evaluation e = TestCity.eval("findings: [{rule: '13.1', value: 2.5}]");
        assertThat(e.item("13").points()).isEqualByComparingTo("2.5");
        assertThat(e.rawTotal()).isEqualByComparingTo("102.5");
        InvalidFactsException bad = catchThrowableOfType(
                InvalidFactsException.class, () -> TestCity.eval("findings: [{rule: '13.1', value: 4}]"));
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .containsExactly("findings[0].value: must be between 0 and 3");
    }

    @Test
    void r2AProportionalShareMayBeGivenAsCountOfExactly() {
        // 7.2 按2分*未完成比率: 1 of 3 → 2 × 1/3 = 0.6666… → 100 − 0.6666… = 99.3333… → rounded once: 99.33
        Evaluation e = TestCity.eval("findings: [{rule: '7.2', count: 1, of: 3}]");
        assertThat(e.total()).contains(new java.math.BigDecimal("99.33"));
        InvalidFactsException bad = catchThrowableOfType(
                InvalidFactsException.class, () -> TestCity.eval("findings: [{rule: '7.2', count: 4, of: 3}]"));
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .containsExactly("findings[0].of: must be >= 1 and >= count");
    }

    @Test
    void r3AMeasuredRuleMayRequireAMinimumSample() {
        // 4 technical staff → at least ceil(4 / 2) = 2 exam scores; one is too few
        InvalidFactsException bad = catchThrowableOfType(
                InvalidFactsException.class,
                () -> TestCity.ENGINE.evaluate(FactsLoader.fromYaml(
                        TestCity.facts("T", "").replace("technicalStaff: 2", "technicalStaff: 4"))));
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "measurements.exam: rule 4.1 needs at least 2 values (agency.technicalStaff / 2), got 1");
    }

    @Test
    void r4TheNamedTopOfAGroupIncludesTiesAtTheCut() {
        // category a: totals 100 (A), 100 (B), 100 (C) all rank 1 → top 2 names all three; D (98) is rank 4
        List<Facts> all = List.of(
                FactsLoader.fromYaml(TestCity.facts("A", "category: a\n")),
                FactsLoader.fromYaml(TestCity.facts("B", "category: a\n")),
                FactsLoader.fromYaml(TestCity.facts("C", "category: a\n")),
                FactsLoader.fromYaml(TestCity.facts("D", "category: a\nfindings: [{rule: '1.1'}]\n")));
        PopulationResult r = TestCity.ENGINE.evaluatePopulation(all);
        assertThat(r.named("a")).extracting(PopulationResult.Ranked::agency).containsExactly("A", "B", "C");
        assertThat(r.named("nobody")).isEmpty();
    }

    @Test
    void r5OneBonusPerCauseIsASchemeSetting() throws Exception {
        String text = new String(
                FormatRequestsTest.class
                        .getClassLoader()
                        .getResourceAsStream("testcity.yaml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Scheme each = SchemeLoader.fromYaml(text.replace("  cap: 10\n", "  cap: 10\n  onePerCause: false\n"));
        String honours = "honours: [{level: county, cause: same}, {level: city, cause: same}]\n";
        // one per cause (default): the city honour only → 3; without it: county 2 + city 3 = 5
        assertThat(TestCity.eval(honours).item("10").points()).isEqualByComparingTo("3");
        assertThat(new ScoringEngine(each)
                        .evaluate(FactsLoader.fromYaml(TestCity.facts("T", honours)))
                        .item("10")
                        .points())
                .isEqualByComparingTo("5");
    }
}
