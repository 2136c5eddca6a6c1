package dev.saferank.scheme.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.Item;
import dev.saferank.scheme.PopulationResult;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import dev.saferank.scheme.Section;
import dev.saferank.scheme.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases for 苏州 星级评定表 (安全生产技术服务机构管理规范 附录A 表A.1, 7.5 表1, 7.6.2).
 *
 * <p>The seed table, as read (every expected number below is worked out from it, not from the program):
 *
 * <pre>
 * 基础管理 20   1 (4) 场所未达100㎡ −4, 设备设施 −2 · 2 (6) 注安/评价师/消防/工程师 未达5名 −6, 两个以上机构受聘 −2/人
 *              3 (3) −0.5/项 · 4 (4) 无合同 −0.5, 未明确内容期限次数 −0.5, 未上传 −1 (each) · 5 (3) 无档案管理 −1, 台账 −1 each, 记录不全 −0.5 each
 * 服务质量 60   6 (5) 未在10个工作日内到现场 −0.5 each, 流程未完成 2 × share, 频次未完成 2 × share · 7-17 (5 each): fixed or per-occurrence as the table
 * 诚信及满意度 20  18 (10) six situations, 5 each · 19 (10) county / town / enterprise groups, 取平均分 = mean of group means
 * 加分 ≤ 10     20.1 业务量排名 1-2 +5, 3-4 +4, 5-6 +3, 7-8 +2, 9-10 +1 · 20.2 区级 +2 (≤2), 市级及以上 +3 (≤3) · 20.3 +2 · 20.4 +3 · 20.5 +2
 * 7.6.2 a) b) → 不予评级 · 表1 五星 ≥ 90, 四星 ≥ 75, 三星 ≥ 60, else 不予评定星级
 * </pre>
 */
class SuzhouSchemeTest {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");
    static final ScoringEngine ENGINE = new ScoringEngine(SCHEME);

    /** Registered data losing nothing in items 1 and 2, every satisfaction group at 10, plus more lines. */
    static Facts facts(String id, String volume, String more) {
        return FactsLoader.fromYaml("agency: " + id
                + "\ndata: {officeArea: 150, qualifiedStaff: 6, multiEmployedStaff: 0,"
                + " businessVolume: " + volume + "}\n"
                + "measurements: {satisfaction: {groups: {county: [10], town: [10], enterprise: [10]}}}\n" + more);
    }

    static Evaluation eval(String more) {
        return ENGINE.evaluate(facts("SZ-1", "20", more));
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** A facts fixture of {@code src/test/resources/seeds/}. */
    static Facts fixture(String name) throws Exception {
        return FactsLoader.load(Path.of(SuzhouSchemeTest.class
                .getClassLoader()
                .getResource("seeds/" + name)
                .toURI()));
    }

    @Test
    void encodesEveryItemAndRuleOfTheSeedTable() {
        assertThat(SCHEME.sections()).extracting(Section::title).containsExactly("基础管理", "服务质量", "诚信服务及满意度测评");
        assertThat(SCHEME.sections())
                .extracting(s -> s.effectiveMax().intValue())
                .containsExactly(20, 60, 20);
        assertThat(SCHEME.allItems().map(Item::number))
                .containsExactly(
                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                        "18", "19", "20");
        assertThat(SCHEME.allItems().map(i -> i.max().orElseThrow().intValue()))
                .containsExactly(4, 6, 3, 4, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 10, 10, 10);
        // rules per item: 1:2 2:2 3:1 4:3 5:3 6:3 7:2 8:4 9:4 10:3 11:2 12:4 13:4 14:2 15:4 16:2 17:3 18:6 19:1 = 55,
        // item 20: 1 rank + 2 honour + 3 fixed = 6 → 61
        assertThat(SCHEME.allItems().mapToInt(i -> i.rules().size()).sum()).isEqualTo(61);
        assertThat(SCHEME.rule("6.2").orElseThrow()).isInstanceOf(Rule.Proportional.class);
        assertThat(SCHEME.rule("6.3").orElseThrow()).isInstanceOf(Rule.Proportional.class);
        assertThat(SCHEME.rule("19.1").orElseThrow())
                .isInstanceOfSatisfying(Rule.Measured.class, m -> assertThat(m.aggregate())
                        .isEqualTo(Rule.Aggregate.MEAN_OF_GROUP_MEANS));
        assertThat(SCHEME.rule("20.1").orElseThrow()).isInstanceOfSatisfying(Rule.Rank.class, r -> assertThat(r.tiers())
                .extracting(t -> t.upTo() + ":" + t.points().toPlainString())
                .containsExactly("2:5", "4:4", "6:3", "8:2", "10:1"));
        assertThat(SCHEME.vetoes()).extracting(Veto::grade).containsExactly("不予评定星级", "不予评定星级");
        assertThat(SCHEME.bands()).extracting(b -> b.label()).containsExactly("五星", "四星", "三星", "不予评定星级");
        assertThat(SCHEME.bonus().orElseThrow().cap()).isEqualByComparingTo("10");
    }

    @Test
    void aWorkedAgencyGetsThreeStars() throws Exception {
        // 1: 90 ㎡ 未达100 → −4 → 0 · 2: 6 qualified ≥ 5; 1 person in two agencies → −2 → 4
        // 3: 3.1 ×3 → 1.5 → 1.5 · 4: 4.1 ×1 (0.5) + 4.3 ×2 (2) → 1.5 · 5: 5.3 ×1 → 2.5     基础管理 0+4+1.5+1.5+2.5 = 9.5
        // 6: 6.1 ×1 (0.5) + 2 × 1/4 flows (0.5) + 2 × 2/5 visits (0.8) = 1.8 → 3.2 · 8: 8.1 (5) + 8.2 (1) → 0
        // 9: 9.2 ×3 → 1.5 → 3.5 · 10: 10.3 → 0 · 12: 12.4 ×2 → 3 · 7, 11, 13-17 full: 7 × 5 = 35
        //   服务质量 3.2 + 0 + 3.5 + 0 + 3 + 35 = 44.7
        // 18: 18.2 ×1 → 5 · 19: county (8 + 9)/2 = 8.5, town 7, enterprise (10 + 9 + 9.5 + 6.5)/4 = 8.75
        //   → (8.5 + 7 + 8.75)/3 = 24.25/3 = 8.08333… (the pooled mean 59/7 = 8.43 is not the seed's 分别测评)
        // total 9.5 + 44.7 + 5 + 8.08333… = 67.28333… → 67.28 → 60 ≤ 得分 < 75 三星 (no rank bonus alone)
        Evaluation e = ENGINE.evaluate(fixture("suzhou/worked-agency.yaml"));
        assertThat(e.item("1").points()).isEqualByComparingTo("0");
        assertThat(e.item("2").points()).isEqualByComparingTo("4");
        assertThat(e.sections().get(0).points()).isEqualByComparingTo("9.5");
        assertThat(e.item("6").points()).isEqualByComparingTo("3.2");
        assertThat(e.sections().get(1).points()).isEqualByComparingTo("44.7");
        assertThat(e.item("19").points().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("8.0833");
        assertThat(e.item("20").points()).isEqualByComparingTo("0");
        assertThat(e.total()).contains(d("67.28"));
        assertThat(e.grade()).contains("三星");
    }

    @ParameterizedTest(name = "{0} + flow share {1} → {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 8.1 (5) + 10.1 (3) + 10.2 (2) → 100 − 10 = 90 → 90≤得分 五星
                "8.1 10.1 10.2                                    | 0     | 90.00 | 五星",
                // + 6.3: 2 × 0.005 = 0.01 → 89.99 → 四星
                "8.1 10.1 10.2                                    | 0.005 | 89.99 | 四星",
                // 8.1 5 + 10.3 5 + 14.1 3 + 14.2 2 + 16.1 3 + 16.2 2 + 18.1 5 = 25 → 75 → 75≤得分 四星
                "8.1 10.3 14.1 14.2 16.1 16.2 18.1                | 0     | 75.00 | 四星",
                "8.1 10.3 14.1 14.2 16.1 16.2 18.1                | 0.005 | 74.99 | 三星",
                // and 13.1 3 + 13.3 2, 17.1 2 + 17.2 2 + 17.3 1, 15.1-15.4 1+1+2+1: another 15 → 60 → 三星
                "8.1 10.3 14.1 14.2 16.1 16.2 18.1 13.1 13.3 17.1 17.2 17.3 15.1 15.2 15.3 15.4 | 0     | 60.00 | 三星",
                "8.1 10.3 14.1 14.2 16.1 16.2 18.1 13.1 13.3 17.1 17.2 17.3 15.1 15.2 15.3 15.4 | 0.005 | 59.99 | 不予评定星级"
            })
    void starBandsIncludeTheirLowerBound(String rules, String share, String total, String grade) {
        String findings = Arrays.stream(rules.trim().split(" +"))
                .map(r -> "  - {rule: '" + r + "'}")
                .collect(Collectors.joining("\n", "findings:\n", "\n"));
        if (new BigDecimal(share).signum() > 0) {
            findings += "  - {rule: '6.3', value: " + share + "}\n";
        }
        Evaluation e = eval(findings);
        assertThat(e.total()).contains(d(total));
        assertThat(e.grade()).contains(grade);
    }

    @Test
    void aThirdOfTheVisitsMissedCostsExactlyTwoThirdsOfAPoint() {
        // 频次未完成: 1 of 3 visits → 2 × 1/3 = 0.666… → 100 − 0.666… = 99.333… → 99.33 五星
        Evaluation e = eval("findings: [{rule: '6.3', count: 1, of: 3}]\n");
        assertThat(e.item("6").points().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("4.3333");
        assertThat(e.total()).contains(d("99.33"));
        assertThat(e.grade()).contains("五星");
    }

    @ParameterizedTest(name = "{0} ㎡, {1} qualified, {2} in two agencies → items 1, 2 = {3}, {4}")
    @CsvSource({
        // 100 ㎡ is not 未达100; 5 qualified is 达5名
        "100, 5, 0, 4, 6",
        "99.9, 5, 0, 0, 6",
        // 未达5名 → −6 → 0
        "150, 4, 0, 4, 0",
        // 2 people also hired elsewhere → −4 → 2
        "150, 6, 2, 4, 2",
        // −6 and −2 → never below 0
        "150, 4, 1, 4, 0"
    })
    void items1And2AreComputedFromRegisteredData(String area, int qualified, int multi, String item1, String item2) {
        Evaluation e = ENGINE.evaluate(FactsLoader.fromYaml("agency: SZ-3\ndata: {officeArea: " + area
                + ", qualifiedStaff: " + qualified + ", multiEmployedStaff: " + multi + ", businessVolume: 1}\n"
                + "measurements: {satisfaction: {groups: {county: [10]}}}\n"));
        assertThat(e.item("1").points()).isEqualByComparingTo(item1);
        assertThat(e.item("2").points()).isEqualByComparingTo(item2);
    }

    @Test
    void integritySituationsCostFiveEachAndTheItemStopsAtZero() {
        // 18.1 + 18.5: 2 × 5 = 10 → 0 · 18.2 ×3 = 15 → 0, not −5: total 90 either way
        assertThat(eval("findings: [{rule: '18.1'}, {rule: '18.5'}]\n").total()).contains(d("90.00"));
        Evaluation thrice = eval("findings: [{rule: '18.2', count: 3}]\n");
        assertThat(thrice.item("18").points()).isEqualByComparingTo("0");
        assertThat(thrice.total()).contains(d("90.00"));
        // one situation: 95
        assertThat(eval("findings: [{rule: '18.4'}]\n").total()).contains(d("95.00"));
    }

    @Test
    void honoursAndBonusFindingsAddWithinTheirCaps() {
        // 20.2 区级 ×2 causes = 4 → 上限2 → 2; 市级 3 (≤3); 20.3 +2; 20.5 +2 → 9 → 100 + 9 = 109
        String honours =
                """
                honours:
                  - {level: county, cause: 吴中区安全生产先进}
                  - {level: county, cause: 相城区安全服务示范}
                  - {level: city, cause: 苏州市安全生产月先进}
                findings: [{rule: '20.3'}, {rule: '20.5'}%s]
                """;
        Evaluation nine = eval(honours.formatted(""));
        assertThat(nine.item("20").points()).isEqualByComparingTo("9");
        assertThat(nine.total()).contains(d("109.00"));
        // + 20.4 技术专利 +3 → 12 → 加分项总分值为10分 → 110
        Evaluation twelve = eval(honours.formatted(", {rule: '20.4'}"));
        assertThat(twelve.bonus().orElseThrow().points()).isEqualByComparingTo("10");
        assertThat(twelve.total()).contains(d("110.00"));
    }

    @Test
    void oneCauseHonouredByTheDistrictAndTheCityCountsTwice() {
        // 20.2 states no 同一原因不重复加分: 区级 2 + 市级 3 for the same cause = 5 → 105
        Evaluation e = eval(
                """
                honours:
                  - {level: county, cause: 安全生产标准化辅导示范}
                  - {level: city, cause: 安全生产标准化辅导示范}
                """);
        assertThat(e.item("20").points()).isEqualByComparingTo("5");
        assertThat(e.total()).contains(d("105.00"));
    }

    @ParameterizedTest(name = "{0} → 不予评级 whatever the score")
    @CsvSource({"V1", "V2"})
    void theTwoConditionsOf762WithholdTheStar(String veto) {
        Evaluation e = eval("findings: [{rule: " + veto + "}]\n");
        assertThat(e.total()).contains(d("100.00"));
        assertThat(e.grade()).contains("不予评定星级");
        assertThat(e.vetoes()).extracting(Evaluation.Outcome::code).containsExactly(veto);
    }

    @Test
    void aFalseApplicationKeepsTheAgencyOutOfTheRating() {
        // 7.6.3 虚假申报 → 两年内不得申请参加星级评定
        Evaluation e = eval("findings: [{rule: E1}]\n");
        assertThat(e.exclusion()).map(Evaluation.Outcome::code).contains("E1");
        assertThat(e.total()).isEmpty();
    }

    @Test
    void businessVolumeRankGivesTheTierOfTheSharedRank() {
        // eligible volumes: A 50, B 50, C 40, D 30, E 30, F 30, G 20, H 15, I 10, J 9, K 8, L 7
        // competition ranks (ties share the best): A 1, B 1, C 3, D 4, E 4, F 4, G 7, H 8, I 9, J 10, K 11, L 12
        // tiers 1-2 +5, 3-4 +4, 5-6 +3, 7-8 +2, 9-10 +1: A 5, B 5, C 4, D 4, E 4, F 4, G 2, H 2, I 1, J 1, K 0, L 0
        // X (volume 100) is excluded (7.6.3) so it takes no rank: A and B stay 1st
        // A also has 市级荣誉 +3 and 20.4 +3: 5 + 3 + 3 = 11 → 10 → 110
        List<Facts> population = rankBonusPopulation();

        PopulationResult r = ENGINE.evaluatePopulation(population);

        String[] ids = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"};
        int[] expected = {10, 5, 4, 4, 4, 4, 2, 2, 1, 1, 0, 0};
        for (int i = 0; i < ids.length; i++) {
            Evaluation e = r.evaluation(ids[i]).orElseThrow();
            assertThat(e.total())
                    .as(ids[i])
                    .contains(d("100").add(BigDecimal.valueOf(expected[i])).setScale(2));
        }
        assertThat(r.evaluation("B").orElseThrow().item("20").trail())
                .extracting(Evaluation.TrailEntry::rule, t -> t.amount().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20.1", 5));
        assertThat(r.evaluation("X").orElseThrow().exclusion()).isPresent();
        assertThat(r.rank("X")).isEmpty();
    }

    /** Twelve eligible agencies with business volumes 50, 50, 40, 30, 30, 30, 20, 15, 10, 9, 8, 7, and X excluded. */
    static List<Facts> rankBonusPopulation() {
        String[] ids = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"};
        int[] volumes = {50, 50, 40, 30, 30, 30, 20, 15, 10, 9, 8, 7};
        List<Facts> population = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            String more =
                    ids[i].equals("A") ? "honours: [{level: city, cause: 苏州市先进}]\nfindings: [{rule: '20.4'}]\n" : "";
            population.add(facts(ids[i], String.valueOf(volumes[i]), more));
        }
        population.add(facts("X", "100", "findings: [{rule: E1}]\n"));

        return population;
    }
}
