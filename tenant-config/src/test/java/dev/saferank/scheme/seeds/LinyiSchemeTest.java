package dev.saferank.scheme.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import dev.saferank.scheme.Section;
import dev.saferank.scheme.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-worked cases for 临沂 分类等级管理检查表 (临应急发〔2022〕40号 附件1 and 正文 三).
 *
 * <p>The seed table, as read (every expected number below is worked out from it, not from the program):
 *
 * <pre>
 * 基础管理 20   1 (4) 场所 &lt; 200㎡ −2, 无设施设备 −2 · 2 (4) 专职 &lt; 10 −2; 注安/评价师 &lt; 8 and 其他中级 &lt; 5: −1 per missing
 *              3 (4) 少一项制度 −1 · 4 (4) 未落实专人 −1, 档案不完整 −1 each · 5 (4) 违规收费 −1 each, 无合同 −1 each
 * 报告评查 20   6 (5) −1 per person (无资格, 出借证书/假证, 不到现场, 冒名签名, 工作量不实), 扣满5分为止
 *              7 (5) 出租出借资质/超范围, 报告格式不符 → 不得分 · 8 (5) 依据不正确 → 不得分 · 9 (5) 内容不全/简化/弄虚作假 → 不得分
 * 工作实绩 30   10 (4) 无证上岗 −1/人 · 11 (2) 预案演练 −2 · 12 (10) 台帐 −2, 流于形式 −2, ≥10隐患无整改意见 −8, 重大隐患无整改意见 −8
 *              13 (2) −1/项 · 14 (2) 三年内死亡事故 −2 · 15 (4) 危险作业 −2/处 · 16 (2) −2 · 17 (2) −2 · 18 (2) −1/次
 *              scored at each sampled enterprise, 取平均值
 * 技术人员抽考 20  19: mean exam score (百分制) × 20/100 · 满意度测评 10  20: mean of the 评议表 (10 points each)
 * 加分 (21 here) ≤ 10 · 五种情形 → 差 · 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 70, 差 &lt; 70 (含 lower bound)
 * </pre>
 */
class LinyiSchemeTest {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
    static final ScoringEngine ENGINE = new ScoringEngine(SCHEME);

    /** Registered data that loses nothing in items 1 and 2. */
    static final String FULL_DATA =
            "data: {officeArea: 300, fullTimeStaff: 15, registeredEngineers: 9, otherIntermediateTitles: 6, technicalStaff: 2}\n";

    static Evaluation eval(String yaml) {
        return ENGINE.evaluate(FactsLoader.fromYaml("agency: LY-1\n" + yaml));
    }

    /** Full data, one sampled enterprise E1, the given exam and satisfaction values, plus more lines. */
    static Evaluation eval(String exam, String satisfaction, String more) {
        return eval(FULL_DATA + "sampledEnterprises: [E1]\nmeasurements:\n  exam: {values: [" + exam
                + "]}\n  satisfaction: {values: [" + satisfaction + "]}\n" + more);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** A facts fixture of {@code src/test/resources/seeds/}. */
    static Facts fixture(String name) throws Exception {
        return FactsLoader.load(Path.of(LinyiSchemeTest.class
                .getClassLoader()
                .getResource("seeds/" + name)
                .toURI()));
    }

    @Test
    void encodesEveryItemAndRuleOfTheSeedTable() {
        // 附件1: five parts 20 + 20 + 30 + 20 + 10 = 100, items 1-20; the 正文 三（六）1 bonus is item 21
        assertThat(SCHEME.sections())
                .extracting(Section::title)
                .containsExactly("基础管理", "技术服务报告评查", "工作实绩", "技术人员抽考", "满意度测评");
        assertThat(SCHEME.sections())
                .extracting(s -> s.effectiveMax().intValue())
                .containsExactly(20, 20, 30, 20, 10);
        assertThat(SCHEME.sections())
                .extracting(Section::perEnterprise)
                .containsExactly(false, false, true, false, false);
        assertThat(SCHEME.allItems().map(Item::number))
                .containsExactly(
                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                        "18", "19", "20", "21");
        // maxima as in the 标准得分 column
        assertThat(SCHEME.allItems().map(i -> i.max().orElseThrow().intValue()))
                .containsExactly(4, 4, 4, 4, 4, 5, 5, 5, 5, 4, 2, 10, 2, 2, 4, 2, 2, 2, 20, 10, 10);
        // rules: 1:2 2:3 3:1 4:2 5:2 6:5 7:2 8:1 9:3 10:1 11:1 12:4 13-18:6×1 19:1 20:1 21:1 = 36
        assertThat(SCHEME.allItems().mapToInt(i -> i.rules().size()).sum()).isEqualTo(36);
        // 不得分 in 7, 8, 9: six zeroing rules
        assertThat(SCHEME.allItems().flatMap(i -> i.rules().stream()).filter(r -> r instanceof Rule.Zeroing))
                .extracting(Rule::code)
                .containsExactly("7.1", "7.2", "8.1", "9.1", "9.2", "9.3");
        assertThat(SCHEME.vetoes()).extracting(Veto::code).containsExactly("V1", "V2", "V3", "V4", "V5");
        assertThat(SCHEME.vetoes()).extracting(Veto::grade).containsOnly("差");
        assertThat(SCHEME.bands()).extracting(b -> b.label()).containsExactly("优秀", "良好", "一般", "差");
        assertThat(SCHEME.bonus().orElseThrow().cap()).isEqualByComparingTo("10");
    }

    @Test
    void aWorkedAgencyAveragesItsSampledEnterprises() throws Exception {
        // 1: 180 ㎡ < 200 → −2 → 2
        // 2: 专职 12 ≥ 10; 注安/评价师 6 → 少 2 → −2; 其他中级 4 → 少 1 → −1 → 4 − 3 = 1
        // 3: 3.1 ×2 → 2 · 4: 4.1 −1, 4.2 ×4 −4 (扣满4分) → 5 > 4 → 0 · 5: 5.1 ×1 → 3     基础管理 2+1+2+0+3 = 8
        // 6: 6.3 ×2 + 6.5 ×4 = 6 > 5 → 0 · 7: 7.2 格式 → 不得分 0 · 8: 5 · 9: 5          报告评查 10
        // 工作实绩 at E1: 10 ×1 (−1), 12.1 (−2), 15 ×1 (−2) → 30 − 5 = 25
        //          at E2: 12.3 + 12.4 = −16 → 12 = 0 (−10), 14 (−2), 18 ×3 = −3 → 18 = 0 (−2) → 30 − 14 = 16
        //          at E3: nothing → 30
        //   mean (25 + 16 + 30) / 3 = 71/3 = 23.666…; per item: 10 = (3+4+4)/3 = 11/3, 12 = (8+0+10)/3 = 6
        // 19: exam (78 + 85.5 + 90 + 66.5) / 4 = 320/4 = 80 → 80 × 20/100 = 16
        // 20: 评议表 (9 + 8.5 + 10 + 7.5) / 4 = 35/4 = 8.75
        // total 8 + 10 + 23.666… + 16 + 8.75 = 66.41666… → 66.42 → 70 分以下 差
        Evaluation e = ENGINE.evaluate(fixture("linyi/worked-agency.yaml"));
        assertThat(e.item("1").points()).isEqualByComparingTo("2");
        assertThat(e.item("2").points()).isEqualByComparingTo("1");
        assertThat(e.item("4").points()).isEqualByComparingTo("0");
        assertThat(e.sections().get(0).points()).isEqualByComparingTo("8");
        assertThat(e.item("6").points()).isEqualByComparingTo("0");
        assertThat(e.item("7").points()).isEqualByComparingTo("0");
        assertThat(e.sections().get(1).points()).isEqualByComparingTo("10");
        assertThat(e.item("12").points()).isEqualByComparingTo("6");
        assertThat(e.item("10").points().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("3.6667");
        assertThat(e.sections().get(2).points().setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("23.6667");
        assertThat(e.item("19").points()).isEqualByComparingTo("16");
        assertThat(e.item("20").points()).isEqualByComparingTo("8.75");
        assertThat(e.total()).contains(d("66.42"));
        assertThat(e.grade()).contains("差");
        assertThat(e.vetoes()).isEmpty();
    }

    @ParameterizedTest(name = "exam {0}, 评议表 {1}, E1 findings {2} → {3} {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 20 + 20 + (30 − 2) + 80×0.2 = 16 + 6 = 90 → 90（含）优秀
                "80    | 6 | 12.1      | 90.00 | 优秀",
                // 79.95 × 0.2 = 15.99 → 89.99 → 良好
                "79.95 | 6 | 12.1      | 89.99 | 良好",
                // 30 × 0.2 = 6 → 20 + 20 + 28 + 6 + 6 = 80 → 80（含）良好
                "30    | 6 | 12.1      | 80.00 | 良好",
                // 29.95 × 0.2 = 5.99 → 79.99 → 一般
                "29.95 | 6 | 12.1      | 79.99 | 一般",
                // E1 12.1 + 12.3 = −10 → 工作实绩 20: 20 + 20 + 20 + 6 + 4 = 70 → 70（含）一般
                "30    | 4 | 12.1 12.3 | 70.00 | 一般",
                // 69.99 → 70 分以下 差
                "29.95 | 4 | 12.1 12.3 | 69.99 | 差"
            })
    void bandsIncludeTheirLowerBound(String exam, String satisfaction, String rules, String total, String grade) {
        String findings = Arrays.stream(rules.split(" "))
                .map(r -> "  - {rule: '" + r + "', enterprise: E1}")
                .collect(Collectors.joining("\n", "findings:\n", "\n"));
        Evaluation e = eval(exam, satisfaction, findings);
        assertThat(e.total()).contains(d(total));
        assertThat(e.grade()).contains(grade);
    }

    @ParameterizedTest(name = "专职 {0}, 注安/评价师 {1}, 其他中级 {2} → item 2 = {3}")
    @CsvSource({
        // nothing short → 4
        "15, 9, 6, 4",
        // 专职 9 < 10 → −2 → 2
        "9, 9, 6, 2",
        // 注安/评价师 7 → 少 1 → 3
        "12, 7, 5, 3",
        // 少 2 and 少 1 → −3 → 1
        "12, 6, 4, 1",
        // −2, 少 5 → −7 > 4 → 0, never negative
        "8, 3, 5, 0"
    })
    void item2IsComputedFromTheRegisteredStaff(int fullTime, int engineers, int others, String points) {
        Evaluation e = eval("data: {officeArea: 200, fullTimeStaff: " + fullTime + ", registeredEngineers: "
                + engineers + ", otherIntermediateTitles: " + others + ", technicalStaff: 1}\n"
                + "sampledEnterprises: [E1]\nmeasurements: {exam: {values: [100]}, satisfaction: {values: [10]}}\n");
        assertThat(e.item("2").points()).isEqualByComparingTo(points);
        // 200 ㎡ is not 少于 200 → item 1 keeps its 4
        assertThat(e.item("1").points()).isEqualByComparingTo("4");
    }

    @Test
    void anOfficeJustBelowTwoHundredSquareMetresLosesTwo() {
        Evaluation e = eval(
                "data: {officeArea: 199.5, fullTimeStaff: 15, registeredEngineers: 9, otherIntermediateTitles: 6,"
                        + " technicalStaff: 1}\n"
                        + "sampledEnterprises: [E1]\nmeasurements: {exam: {values: [100]}, satisfaction: {values: [10]}}\n");
        assertThat(e.item("1").points()).isEqualByComparingTo("2");
        assertThat(e.total()).contains(d("98.00"));
    }

    @Test
    void theBonusIsAddedBeforeBandingAndCappedAtTen() {
        // 7.1 and 8.1 不得分 → 报告评查 10; E1 clean → 30; exam 75 → 15; 评议表 6.5
        // base 20 + 10 + 30 + 15 + 6.5 = 81.5; 适当加分 3.5 → 85 → 良好
        String base = "findings:\n  - {rule: '7.1'}\n  - {rule: '8.1'}\n";
        Evaluation some = eval("75", "6.5", base + "  - {rule: '21.1', value: 3.5}\n");
        assertThat(some.item("21").points()).isEqualByComparingTo("3.5");
        assertThat(some.total()).contains(d("85.00"));
        assertThat(some.grade()).contains("良好");
        // the most the bureau may give: 10 → 91.5 → 优秀
        Evaluation most = eval("75", "6.5", base + "  - {rule: '21.1', value: 10}\n");
        assertThat(most.bonus().orElseThrow().points()).isEqualByComparingTo("10");
        assertThat(most.total()).contains(d("91.50"));
        assertThat(most.grade()).contains("优秀");
        // 累计加分分值不超过10分: 10.5 is not a bonus the seed allows
        assertThatThrownBy(() -> eval("75", "6.5", base + "  - {rule: '21.1', value: 10.5}\n"))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("findings[2].value");
    }

    @Test
    void theExamMustCoverAtLeastHalfTheTechnicalStaff() {
        // 不低于专业技术人员总数50%: 9 staff → at least ceil(4.5) = 5 scores
        String data = "data: {officeArea: 300, fullTimeStaff: 15, registeredEngineers: 9, otherIntermediateTitles: 6,"
                + " technicalStaff: 9}\nsampledEnterprises: [E1]\n";
        assertThatThrownBy(() ->
                        eval(data + "measurements: {exam: {values: [90, 80, 70, 60]}, satisfaction: {values: [10]}}\n"))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("exam");
        // 5 scores: mean (90 + 80 + 70 + 60 + 50) / 5 = 70 → 70 × 20/100 = 14
        Evaluation e =
                eval(data + "measurements: {exam: {values: [90, 80, 70, 60, 50]}, satisfaction: {values: [10]}}\n");
        assertThat(e.item("19").points()).isEqualByComparingTo("14");
        assertThat(e.total()).contains(d("94.00"));
    }

    @Test
    void aZeroingRuleEmptiesItsItemWhateverElse() {
        // 9.1 and 9.3 both 不得分 → 9 = 0, not −5; 6.1 ×2 → 3. total 100 − 5 − 2 = 93 → 优秀
        Evaluation e = eval("100", "10", "findings: [{rule: '9.1'}, {rule: '9.3'}, {rule: '6.1', count: 2}]\n");
        assertThat(e.item("9").points()).isEqualByComparingTo("0");
        assertThat(e.item("6").points()).isEqualByComparingTo("3");
        assertThat(e.total()).contains(d("93.00"));
        assertThat(e.grade()).contains("优秀");
    }

    @ParameterizedTest(name = "{0} → 差 whatever the score")
    @ValueSource(strings = {"V1", "V2", "V3", "V4", "V5"})
    void eachOfTheFiveSituationsGradesTheAgency差(String veto) {
        // a clean agency: 20 + 20 + 30 + 100×0.2 + 10 = 100, but 直接作为差等级评定
        Evaluation e = eval("100", "10", "findings: [{rule: " + veto + "}]\n");
        assertThat(e.total()).contains(d("100.00"));
        assertThat(e.grade()).contains("差");
        assertThat(e.vetoes()).extracting(Evaluation.Outcome::code).containsExactly(veto);
    }

    @Test
    void anAgencyThatMissedTheDeadlineIsNotRated() {
        // 六（一）逾期未报送相关资料的，视为主动放弃等级评定
        Evaluation e = eval("100", "10", "findings: [{rule: E1}]\n");
        assertThat(e.exclusion()).map(Evaluation.Outcome::code).contains("E1");
        assertThat(e.total()).isEmpty();
        assertThat(e.grade()).isEmpty();
    }
}
