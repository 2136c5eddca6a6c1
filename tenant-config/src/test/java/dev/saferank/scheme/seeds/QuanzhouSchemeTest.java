package dev.saferank.scheme.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.scheme.ChecklistEvaluator;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases for 泉州 诚信考评表 (泉应急〔2023〕64号 附件5). Every expected number is worked out from
 * the seed table in the comment next to it; items 1–20 have maxima adding up to 100.
 */
class QuanzhouSchemeTest {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
    static final ScoringEngine ENGINE = new ScoringEngine(SCHEME);

    /** Facts of an agency with 3 registered engineers that had business, plus the given YAML lines. */
    static Evaluation eval(String engineers, String more) {
        return ENGINE.evaluate(FactsLoader.fromYaml(
                "agency: QZ-1\ndata: {registeredEngineers: " + engineers + ", hadBusiness: 1}\n" + more));
    }

    static Evaluation eval(String more) {
        return eval("3", more);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aCleanAgencyScoresTheFullHundred() {
        // items 1..20: 1+1+18+1+1+1+1+1+1+1+1+6+6+20+20+6+6+2+1+5 = 100, nothing deducted
        Evaluation e = eval("");
        assertThat(e.total()).contains(d("100.0"));
        assertThat(e.grade()).contains("优秀");
        assertThat(e.vetoes()).isEmpty();
    }

    @Test
    void markingLinesDeductHalfAPointEachUpToTwo() {
        // 第14项 5、标线: 每发现1处扣0.5分（扣满2分为止）: 3 × 0.5 = 1.5 → 100 − 1.5 = 98.5
        Evaluation three = eval("findings: [{rule: '14.5a', count: 3}]");
        assertThat(three.item("14").points()).isEqualByComparingTo("18.5");
        assertThat(three.total()).contains(d("98.5"));
        // 5 × 0.5 = 2.5 > 2 → capped at 2: item 14 = 20 − 2 = 18, total 98.0
        Evaluation five = eval("findings: [{rule: '14.5a', count: 5}]");
        assertThat(five.item("14").points()).isEqualByComparingTo("18");
        assertThat(five.total()).contains(d("98.0"));
        Evaluation.TrailEntry t = five.item("14").trail().getFirst();
        assertThat(t.rule()).isEqualTo("14.5a");
        assertThat(t.wording()).contains("标线");
        assertThat(t.count()).isEqualTo(5);
        assertThat(t.amount()).isEqualByComparingTo("-2");
        assertThat(t.capped()).isTrue();
    }

    @Test
    void safetyWarningsDeductPointTwoEachUpToTwo() {
        // 岗位安全警示 每发现1处扣0.2分（扣满2分为止）: 7 × 0.2 = 1.4; 11 × 0.2 = 2.2 → 2
        assertThat(eval("findings: [{rule: '14.5e', count: 7}]").total()).contains(d("98.6"));
        assertThat(eval("findings: [{rule: '14.5e', count: 11}]").total()).contains(d("98.0"));
    }

    @Test
    void anItemNeverGoesBelowZero() {
        // 第19项 (1分): 6 × 0.2 = 1.2 > 1 → item 0, not −0.2: total 100 − 1 = 99.0
        Evaluation e = eval("findings: [{rule: '19.1', count: 6}]");
        assertThat(e.item("19").points()).isEqualByComparingTo("0");
        assertThat(e.total()).contains(d("99.0"));
        // the trail explains it: 19.1 −1.2, then the floor gives back 0.2 → 1 − 1.2 + 0.2 = 0
        assertThat(e.item("19").trail())
                .extracting(Evaluation.TrailEntry::rule, t -> t.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("19.1", "-1.2"),
                        org.assertj.core.groups.Tuple.tuple("floor", "0.2"));
        // 第13项 (6分): 8 × 1 = 8 > 6 → item 0: total 94.0
        assertThat(eval("findings: [{rule: '13.1', count: 8}]").total()).contains(d("94.0"));
    }

    @ParameterizedTest(name = "{0} registered engineers → item 3 = {1}")
    @CsvSource({"5, 18", "3, 18", "2, 12", "1, 6", "0, 0"})
    void item3IsComputedFromTheRegisteredEngineerCount(String engineers, String points) {
        // 第3项 (18分): 3 名及以上; 少 1 人扣 6 分: 2 → 18 − 6 = 12; 1 → 18 − 12 = 6; 0 → 18 − 18 = 0
        assertThat(eval(engineers, "").item("3").points()).isEqualByComparingTo(points);
    }

    @Test
    void zeroingRulesEmptyTheirItemWhateverElse() {
        // 第9项 未公开承诺 → 9 = 0 of 1: total 99.0
        assertThat(eval("findings: [{rule: '9.1'}]").total()).contains(d("99.0"));
        // 第17项: 2 × 1 deducted, and 弄虚作假 → 0 of 6 whatever else: total 94.0
        Evaluation e17 = eval("findings: [{rule: '17.1', count: 2}, {rule: '17.2'}]");
        assertThat(e17.item("17").points()).isEqualByComparingTo("0");
        assertThat(e17.total()).contains(d("94.0"));
        // 第20项 廉洁自律 violated → 0 of 5: total 95.0
        assertThat(eval("findings: [{rule: '20.1'}]").total()).contains(d("95.0"));
    }

    @Test
    void honoursAddUpToTheBonusCapOfTen() {
        // 21: national 7 + provincial 5 (two causes) = 12 → 累计加分最高10分 → 100 + 10 = 110.0
        Evaluation e = eval(
                """
                honours:
                  - {level: national, cause: 全国安全生产先进单位}
                  - {level: province, cause: 省安全生产月优秀组织单位}
                """);
        assertThat(e.bonus().orElseThrow().points()).isEqualByComparingTo("10");
        assertThat(e.total()).contains(d("110.0"));
    }

    @Test
    void oneCauseEarnsOneBonusAtItsHighestLevel() {
        // 同一原因的，不重复加分: national (7) and city (3) for one cause → 7 only; 14.1 ×5 = −10 → 90 + 7 = 97.0
        Evaluation e = eval(
                """
                findings: [{rule: '14.1', count: 5}]
                honours:
                  - {level: city, cause: 2023年度标准化辅导先进}
                  - {level: national, cause: 2023年度标准化辅导先进}
                """);
        assertThat(e.bonus().orElseThrow().points()).isEqualByComparingTo("7");
        assertThat(e.total()).contains(d("97.0"));
        // two different causes at city level: 3 + 3 = 6
        assertThat(eval("honours: [{level: city, cause: a}, {level: city, cause: b}]")
                        .bonus()
                        .orElseThrow()
                        .points())
                .isEqualByComparingTo("6");
    }

    @Test
    void penaltiesAreSubtractedOutsideTheHundred() {
        // 22: 市级约谈 −10, 县级约谈 −8, 乡镇通报批评 −2, 多处挂靠 −5 → 100 − 25 = 75.0 → 合格
        Evaluation e = eval(
                """
                sanctions:
                  - {type: interview, level: city}
                  - {type: interview, level: county}
                  - {type: circular, level: town}
                  - {type: multiAffiliation}
                """);
        assertThat(e.penalties().orElseThrow().points()).isEqualByComparingTo("25");
        assertThat(e.total()).contains(d("75.0"));
        assertThat(e.grade()).contains("合格");
        // 乡镇约谈 −5, 市级通报 −5, 县级通报 −3 → 87.0 → 良好
        assertThat(
                        eval("""
                        sanctions:
                          - {type: interview, level: town}
                          - {type: circular, level: city}
                          - {type: circular, level: county}
                        """)
                                .total())
                .contains(d("87.0"));
    }

    @Test
    void twoCityInterviewsMakeTheAgencyFailWhateverTheScore() {
        // 2 × 市级约谈 = −20 → 80.0 would be 良好, but 受市级约谈两次及以上 → 不合格
        Evaluation e = eval("sanctions: [{type: interview, level: city}, {type: interview, level: city}]");
        assertThat(e.total()).contains(d("80.0"));
        assertThat(e.grade()).contains("不合格");
        assertThat(e.vetoes()).extracting(Evaluation.Outcome::code).containsExactly("V1");
        assertThat(e.vetoes().getFirst().wording()).contains("受市级约谈两次及以上");
    }

    @Test
    void aCircularAboveCityLevelMakesTheAgencyFail() {
        // 市级以上通报批评 → 不合格; the seed gives no points for it: total stays 100.0
        Evaluation e = eval("sanctions: [{type: circular, level: province}]");
        assertThat(e.total()).contains(d("100.0"));
        assertThat(e.grade()).contains("不合格");
        assertThat(e.vetoes()).extracting(Evaluation.Outcome::code).containsExactly("V2");
    }

    @Test
    void anAgencyWithoutBusinessThatYearIsNotRated() {
        Evaluation e =
                ENGINE.evaluate(FactsLoader.fromYaml("agency: QZ-2\ndata: {registeredEngineers: 3, hadBusiness: 0}\n"));
        assertThat(e.exclusion()).map(Evaluation.Outcome::wording).contains("全年未开展业务的服务机构不参与考评和排名");
        assertThat(e.total()).isEmpty();
        assertThat(e.grade()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
        // 14.1 ×5 = −10 → 90.0: "90分以上" includes 90
        "'[{rule: ''14.1'', count: 5}]', 90.0, 优秀",
        // −10 − 0.2 (19.1) → 89.8
        "'[{rule: ''14.1'', count: 5}, {rule: ''19.1''}]', 89.8, 良好",
        // 14.1 ×10 = −20 (item 14 reaches 0) → 80.0
        "'[{rule: ''14.1'', count: 10}]', 80.0, 良好",
        // −20 − 0.2 → 79.8
        "'[{rule: ''14.1'', count: 10}, {rule: ''19.1''}]', 79.8, 合格",
        // 14: −20, 15: all nine clauses 2+2+2+2+2+2+2+3+3 = 20 → 60.0
        "'[{rule: ''14.1'', count: 10}, {rule: ''15.1a''}, {rule: ''15.1b''}, {rule: ''15.2a''}, {rule: ''15.2b''}, {rule: ''15.2c''}, {rule: ''15.3a''}, {rule: ''15.3b''}, {rule: ''15.4a''}, {rule: ''15.4b''}]', 60.0, 合格",
        // and −0.2 more → 59.8
        "'[{rule: ''14.1'', count: 10}, {rule: ''15.1a''}, {rule: ''15.1b''}, {rule: ''15.2a''}, {rule: ''15.2b''}, {rule: ''15.2c''}, {rule: ''15.3a''}, {rule: ''15.3b''}, {rule: ''15.4a''}, {rule: ''15.4b''}, {rule: ''19.1''}]', 59.8, 不合格"
    })
    void everyBandBoundary(String findings, String total, String grade) {
        Evaluation e = eval("findings: " + findings);
        assertThat(e.total()).contains(d(total));
        assertThat(e.grade()).contains(grade);
    }

    @Test
    void aBonusCanLiftAnAgencyAcrossABand() {
        // 14.1 ×6 = −12 → 88, + county honour 2 → 90.0 → 优秀
        Evaluation e = eval("findings: [{rule: '14.1', count: 6}]\nhonours: [{level: county, cause: c}]");
        assertThat(e.total()).contains(d("90.0"));
        assertThat(e.grade()).contains("优秀");
    }

    @Test
    void aRealisticInspection() {
        // 2 engineers: item 3 −6; 4.2 缺失两项 −0.4; 7.2 一次未回访 −0.5; 8.1 ×3 = −1.5 → item 8 (1) floors at 0: −1;
        // 12.1 ×1 −2; 13.1 ×2 −2; 14.2 −2, 14.5b ×2 −1, 14.5c ×6 = 3 → cap 2, 14.6 ×1 −0.5 → 14: −5.5;
        // 15.3a −2; 16.1 ×1 −1; 18.1 ×1 −1; 19.1 ×2 −0.4
        // sections: 100 − 6 − 0.4 − 0.5 − 1 − 2 − 2 − 5.5 − 2 − 1 − 1 − 0.4 = 78.2
        // bonus: city honour +3 → 81.2; penalties: county 通报批评 −3 → 78.2 → 合格
        Evaluation e = eval(
                "2",
                """
                findings:
                  - {rule: '4.2', count: 2}
                  - {rule: '7.2'}
                  - {rule: '8.1', count: 3}
                  - {rule: '12.1'}
                  - {rule: '13.1', count: 2}
                  - {rule: '14.2'}
                  - {rule: '14.5b', count: 2}
                  - {rule: '14.5c', count: 6}
                  - {rule: '14.6'}
                  - {rule: '15.3a'}
                  - {rule: '16.1'}
                  - {rule: '18.1'}
                  - {rule: '19.1', count: 2}
                honours: [{level: city, cause: 市级先进}]
                sanctions: [{type: circular, level: county}]
                """);
        assertThat(e.item("8").points()).isEqualByComparingTo("0");
        assertThat(e.item("14").points()).isEqualByComparingTo("14.5");
        assertThat(e.sections().getFirst().points()).isEqualByComparingTo("78.2");
        assertThat(e.total()).contains(d("78.2"));
        assertThat(e.grade()).contains("合格");
    }

    @Test
    void checklistAnswersOfViolationBecomeFindings() {
        // 附件2: 1 是否存在…不具备基本条件 → 是 is a finding; 6 是否公布查询平台 → 否 is a finding;
        // 5 (a description, violation none) never is; 附件4 2 否 is not a finding
        Facts f = FactsLoader.fromYaml(
                """
                agency: QZ-T
                checklistAnswers:
                  - {checklist: training-institution, question: "1", answer: 是, rectification: {measure: 补充师资, deadline: 2023-09-30, responsible: 王五, status: open}}
                  - {checklist: training-institution, question: "5", answer: 是}
                  - {checklist: training-institution, question: "6", answer: 否}
                  - {checklist: self-inspection, question: "2", answer: 否}
                  - {checklist: statutory-evaluation, question: "二.3", answer: 否}
                """);
        var findings = ChecklistEvaluator.findings(SCHEME, f);
        assertThat(findings)
                .extracting(x -> x.checklist() + "#" + x.question())
                .containsExactly("training-institution#1", "training-institution#6", "statutory-evaluation#二.3");
        assertThat(findings.getFirst().rectification().orElseThrow().responsible())
                .isEqualTo("王五");
        assertThat(SCHEME.checklists()).extracting(c -> c.questions().size()).containsExactly(6, 26, 7);
    }

    @Test
    void aVetoedAgencyRanksBelowEveryAgencyWithoutAVetoWhateverItsPoints() {
        // 22.3 "市级以上通报批评, 直接评定为不合格": a 省级通报批评 deducts nothing (22.3 scores city, county and town
        // only) and V2 sets 不合格 → VETOED 100.0 不合格. The scheme's ranking (vetoed: last) puts it below
        // GOOD: 12.1 ×7 → item 12 floors at 0: −6; 县级约谈 −8 → 100 − 6 − 8 = 86.0 良好.
        // Ranks: GOOD 1, VETOED 2 (by points alone VETOED would be 1).
        var vetoed = FactsLoader.fromYaml("agency: VETOED\ndata: {registeredEngineers: 3, hadBusiness: 1}\n"
                + "sanctions: [{type: circular, level: province}]\n");
        var good = FactsLoader.fromYaml("agency: GOOD\ndata: {registeredEngineers: 3, hadBusiness: 1}\n"
                + "findings: [{rule: \"12.1\", count: 7}]\nsanctions: [{type: interview, level: county}]\n");
        var result = ENGINE.evaluatePopulation(java.util.List.of(vetoed, good));
        assertThat(result.evaluation("VETOED").orElseThrow().total()).contains(d("100.0"));
        assertThat(result.evaluation("VETOED").orElseThrow().grade()).contains("不合格");
        assertThat(result.evaluation("GOOD").orElseThrow().total()).contains(d("86.0"));
        assertThat(result.rank("GOOD")).contains(1);
        assertThat(result.rank("VETOED")).contains(2);
        assertThat(SCHEME.ranking().orElseThrow().wording()).contains("直接评定为不合格");
    }
}
