package dev.saferank.scheme;

import static dev.saferank.scheme.TestCity.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every rule kind and structure of the format, on the synthetic scheme {@code testcity.yaml}. */
class ScoringEngineTest {

    @Test
    void fullMarksWhenNothingIsFound() {
        // exam 100 → 20; satisfaction 10 → 10; survey AAA = 30 → 20 − 30·20/30 = 0 deducted; area 200 ≥ 100
        Evaluation e = eval("");
        assertThat(e.total()).contains(new BigDecimal("100.00"));
        assertThat(e.grade()).contains("A");
    }

    @Test
    void aPoolIsFlooredAsAWholeNotPerItem() {
        // 1.1 ×6 = 12 and 2.1 = 2 → 14 deducted from one pool of 10 → section 0, not −4
        Evaluation e = eval("findings: [{rule: '1.1', count: 6}, {rule: '2.1'}]");
        assertThat(e.sections().get(0).points()).isEqualByComparingTo("0");
        assertThat(e.item("1").points()).isEqualByComparingTo("-12");
        assertThat(e.total()).contains(new BigDecimal("90.00"));
        // 1.1 ×2 = 4 from item 1 and 2 from item 2 → pool 10 − 6 = 4
        assertThat(eval("findings: [{rule: '1.1', count: 2}, {rule: '2.1'}]")
                        .sections()
                        .get(0)
                        .points())
                .isEqualByComparingTo("4");
    }

    @Test
    void perEnterpriseItemsAreAveragedOverTheSampledEnterprises() {
        // E1: 3.1 ×1 → 10 − 4 = 6; E2: nothing → 10; mean (6 + 10) / 2 = 8
        Evaluation e = eval("findings: [{rule: '3.1', enterprise: E1}]");
        assertThat(e.item("3").points()).isEqualByComparingTo("8");
        // E1: 3.1 ×3 = 12 → floor 0; E2: zeroing → 0; mean 0
        assertThat(eval("findings: [{rule: '3.1', enterprise: E1, count: 3}, {rule: '3.2', enterprise: E2}]")
                        .item("3")
                        .points())
                .isEqualByComparingTo("0");
        assertThat(e.item("3").trail()).extracting(Evaluation.TrailEntry::rule).containsExactly("3.1", "mean");
    }

    @Test
    void measuredItemsConvertAveragesToPoints() {
        // exam mean (80 + 90 + 70) / 3 = 80 → 80 · 20 / 100 = 16
        // satisfaction: county (9 + 8)/2 = 8.5, town 10, enterprise (6+7+8)/3 = 7 → (8.5 + 10 + 7)/3 = 8.5
        //   (a pooled mean would be 48/6 = 8: the groups weigh equally)
        // survey: AAA = 30, ABC = 10 + 7 + 3 = 20 → P = 25 → deduction 20 − 25·20/30 = 3.333… → item 16.666…
        Evaluation e = TestCity.ENGINE.evaluate(
                FactsLoader.fromYaml(
                        """
                agency: T2
                data: {officeArea: 200, businessVolume: 10, hadBusiness: 1, technicalStaff: 4}
                sampledEnterprises: [E1]
                measurements:
                  exam: {values: [80, 90, 70]}
                  satisfaction: {groups: {county: [9, 8], town: [10], enterprise: [6, 7, 8]}}
                  survey: {responses: [AAA, ABC]}
                """));
        assertThat(e.item("4").points()).isEqualByComparingTo("16");
        assertThat(e.item("5").points()).isEqualByComparingTo("8.5");
        assertThat(e.item("6").points().setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("16.6667");
        // 10 + 10 + 16 + 8.5 + 16.666… + 10 + 20 = 91.1666… → rounded once: 91.17
        assertThat(e.total()).contains(new BigDecimal("91.17"));
    }

    @Test
    void computedAndProportionalDeductions() {
        // area 80 < 100 → −4; 7.2 2 × 0.25 = 0.5 → item 7 = 10 − 4.5 = 5.5
        Evaluation e = TestCity.ENGINE.evaluate(
                FactsLoader.fromYaml(TestCity.facts("T3", "findings: [{rule: '7.2', value: 0.25}]")
                        .replace("officeArea: 200", "officeArea: 80")));
        assertThat(e.item("7").points()).isEqualByComparingTo("5.5");
    }

    @Test
    void honourRulesHaveTheirOwnCapsAndBonusFindingsAdd() {
        // two county honours (2 each, cap 2) → 2; one city → 3; 12.1 → 2 → items 0 + 5 + 2 = 7
        Evaluation e = eval(
                """
                findings: [{rule: '12.1'}]
                honours: [{level: county, cause: a}, {level: county, cause: b}, {level: city, cause: c}]
                """);
        assertThat(e.item("10").points()).isEqualByComparingTo("5");
        assertThat(e.bonus().orElseThrow().points()).isEqualByComparingTo("7");
        assertThat(e.rawTotal()).isEqualByComparingTo("107");
    }

    @Test
    void everythingTogetherIsRoundedOnceAtTheEnd() {
        // pool: 1.1 ×4 = 8 + 2.1 = 2 → 0; item 3: E1 −4 → 6, E2 10 → 8; exam 80 → 16; satisfaction 8.5;
        // survey AAA, ABC → 16.666…; item 7: −4 (area 80) − 0.5 → 5.5; item 8: 20
        // sections 0 + 8 + 16 + 8.5 + 16.666… + 5.5 + 20 = 74.666…
        // bonus county 2 + city 3 = 5 → 79.666…; 不良信息 −10 → 69.666… → 69.67 → C (B needs 70)
        Evaluation e = TestCity.ENGINE.evaluate(
                FactsLoader.fromYaml(
                        """
                agency: T4
                data: {officeArea: 80, businessVolume: 10, hadBusiness: 1, technicalStaff: 4}
                sampledEnterprises: [E1, E2]
                findings:
                  - {rule: '1.1', count: 4}
                  - {rule: '2.1'}
                  - {rule: '3.1', enterprise: E1}
                  - {rule: '7.2', value: 0.25}
                measurements:
                  exam: {values: [80, 90, 70]}
                  satisfaction: {groups: {county: [9, 8], town: [10], enterprise: [6, 7, 8]}}
                  survey: {responses: [AAA, ABC]}
                honours: [{level: county, cause: x}, {level: city, cause: y}]
                sanctions: [{type: badRecord, level: city}]
                """));
        assertThat(e.total()).contains(new BigDecimal("69.67"));
        assertThat(e.grade()).contains("C");
    }

    @Test
    void aVetoNamedByAFindingForcesItsGrade() {
        Evaluation e = eval("findings: [{rule: V1}]");
        assertThat(e.total()).contains(new BigDecimal("100.00"));
        assertThat(e.grade()).contains("C");
    }

    @Test
    void exclusionsApplyByConditionOrByFinding() {
        assertThat(eval("findings: [{rule: E2}]").exclusion())
                .map(Evaluation.Outcome::code)
                .contains("E2");
        Evaluation e = TestCity.ENGINE.evaluate(
                FactsLoader.fromYaml(TestCity.facts("T5", "").replace("hadBusiness: 1", "hadBusiness: 0")));
        assertThat(e.exclusion()).map(Evaluation.Outcome::code).contains("E1");
        assertThat(e.total()).isEmpty();
    }

    @Test
    void aRankBonusAloneIsZeroAndSaysWhy() {
        Evaluation.TrailEntry t = eval("").item("9").trail().getFirst();
        assertThat(t.amount()).isEqualByComparingTo("0");
        assertThat(t.note()).contains("population");
    }
}
