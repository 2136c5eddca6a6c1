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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases for 佛山 综合诚信考评标准 (佛应急〔2023〕70号 附件1).
 *
 * <p>The seed table, as read (every number below is worked out from it, not from the program):
 *
 * <pre>
 * 服务规范 (25分, one pool)   1 未按时按要求提交资料 −2 · 2 未及时更新 −2 · 3 未上传业务信息 −2/次 · 4 缺席会议 −2/次
 *                            5 未告知资质收费等 −2/起 · 6 合同时限内未完成 −2/起 · 7 未上报总结 −2/次 · 8 未签承诺书 −2
 * 服务质量 (50分, one pool)   9 不良信息 −10/次 · 10 未归档 −2/起 · 11 报告督察复评: 扣 50 − P/2
 * 服务效果 (25分)             12 满意度调查: 扣 25 − P/4 (each form: 10 questions, A 10 / B 7 / C 3, P = mean form total)
 * 荣誉记录 (加分, ≤ 10)        13 国家级 +8 · 省级 +6 · 市级 +5 · 区级 +3, 同一原因不重复加分
 * 注2 重复违反累计扣分，每个项目扣完即止，不计负分 (项目 = the 考评项目 column: the category is floored)
 * 注3 ≥ 90 优秀, 70~89 合格, &lt; 70 不合格 · 注4 近两年未开展业务 or 被立案处罚 → 不参与考评和排名
 * 二 综合考评排名前15名 = 标杆机构, 分类考核 → ranked per category
 * </pre>
 *
 * Survey forms used below: AAAAAAAAAA = 10 × 10 = 100; AAAAAAAABB = 8 × 10 + 2 × 7 = 94; AAAAABBBCA = 6 × 10
 * + 3 × 7 + 1 × 3 = 84; BBBBBBBBBB = 70; AABBBBCCCC = 2 × 10 + 4 × 7 + 4 × 3 = 60.
 */
class FoshanSchemeTest {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("tenants/foshan/foshan-2023.yaml");
    static final ScoringEngine ENGINE = new ScoringEngine(SCHEME);

    /** An evaluation agency that had business in the last two years, plus the given YAML lines. */
    static Evaluation eval(String more) {
        return ENGINE.evaluate(facts("FS-1", "evaluation", more));
    }

    static Facts facts(String id, String category, String more) {
        return FactsLoader.fromYaml(
                "agency: " + id + "\ncategory: " + category + "\ndata: {businessInTwoYears: 1}\n" + more);
    }

    /** Report review P values and survey forms; findings etc. after. */
    static String measured(String reviews, String forms) {
        return "measurements:\n  reportReview: {values: [" + reviews + "]}\n  survey: {responses: [" + forms + "]}\n";
    }

    static final String PERFECT = measured("100", "AAAAAAAAAA");

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** A facts fixture of {@code src/test/resources/seeds/}. */
    static Facts fixture(String name) throws Exception {
        return FactsLoader.load(Path.of(FoshanSchemeTest.class
                .getClassLoader()
                .getResource("seeds/" + name)
                .toURI()));
    }

    @Test
    void encodesEveryItemAndRuleOfTheSeedTable() {
        // 注1: 四大类, 评估项目为13项; 服务规范 items 1-8, 服务质量 9-11, 服务效果 12, 荣誉记录 13
        assertThat(SCHEME.sections()).extracting(Section::title).containsExactly("服务规范", "服务质量", "服务效果");
        assertThat(SCHEME.sections())
                .extracting(s -> s.effectiveMax().intValue())
                .containsExactly(25, 50, 25);
        assertThat(SCHEME.sections()).extracting(Section::pool).containsExactly(true, true, true);
        assertThat(SCHEME.allItems().map(Item::number))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(SCHEME.sections().get(0).items()).hasSize(8);
        assertThat(SCHEME.sections().get(1).items()).hasSize(3);
        assertThat(SCHEME.bonus().orElseThrow().cap()).isEqualByComparingTo("10");
        // one rule per item 1-12, four honour levels in 13: 12 + 4 = 16 rules
        assertThat(SCHEME.allItems().mapToInt(i -> i.rules().size()).sum()).isEqualTo(16);
        for (String code : List.of("1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "8.1", "10.1")) {
            assertThat(SCHEME.rule(code).orElseThrow())
                    .as(code)
                    .isInstanceOfSatisfying(Rule.PerOccurrence.class, r -> assertThat(r.points())
                            .isEqualByComparingTo("2"));
        }
        assertThat(SCHEME.rule("9.1").orElseThrow())
                .isInstanceOfSatisfying(
                        Rule.PerOccurrence.class, r -> assertThat(r.points()).isEqualByComparingTo("10"));
        assertThat(SCHEME.rule("11.1").orElseThrow().wording()).contains("50-P/2");
        assertThat(SCHEME.rule("12.1").orElseThrow().wording()).contains("25-P/4");
        assertThat(SCHEME.allItems().flatMap(i -> i.rules().stream()))
                .filteredOn(r -> r instanceof Rule.Honour)
                .extracting(r -> ((Rule.Honour) r).points().intValue())
                .containsExactly(8, 6, 5, 3);
        assertThat(SCHEME.exclusions()).hasSize(3);
        assertThat(SCHEME.bands()).extracting(b -> b.label()).containsExactly("优秀", "合格", "不合格");
        assertThat(SCHEME.grouping().orElseThrow().top()).contains(15);
    }

    @Test
    void aCleanAgencyLosesOnlyWhatItsMeasuredPercentagesCost() {
        // 11: P = (92 + 96) / 2 = 94 → 扣 50 − 94/2 = 3 → 服务质量 47
        // 12: P = (100 + 94 + 84) / 3 = 278/3 = 92.666… → 扣 25 − 92.666…/4 = 1.8333… → 服务效果 23.1666…
        // 13: 省级 6 (cause A) + 市级 5 (cause B) = 11 → 最高分值为10分 → 10
        // raw 25 + 47 + 23.1666… + 10 = 105.1666… → rounded once, 2 places HALF_UP → 105.17 → 优秀
        Evaluation e = eval(
                measured("92, 96", "AAAAAAAAAA, AAAAAAAABB, AAAAABBBCA")
                        + """
                honours:
                  - {level: province, cause: 广东省安全生产先进集体}
                  - {level: city, cause: 佛山市安全生产月优秀单位}
                """);
        assertThat(e.sections().get(0).points()).isEqualByComparingTo("25");
        assertThat(e.sections().get(1).points()).isEqualByComparingTo("47");
        assertThat(e.item("12").points().setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("-1.8333");
        assertThat(e.bonus().orElseThrow().points()).isEqualByComparingTo("10");
        assertThat(e.item("13").points()).isEqualByComparingTo("10");
        assertThat(e.total()).contains(d("105.17"));
        assertThat(e.grade()).contains("优秀");
    }

    @Test
    void theServiceNormsPoolIsFlooredAsAWholeAtZero() throws Exception {
        // 服务规范: 1.1 ×1 = 2, 3.1 ×5 = 10, 4.1 ×4 = 8, 6.1 ×3 = 6 → 26 > 25 → pool 0 (not −1)
        // 服务质量: 9.1 ×1 = 10, 10.1 ×2 = 4, 11: P = 80 → 50 − 40 = 10 → 50 − 24 = 26
        // 服务效果: P = 70 → 扣 25 − 17.5 = 7.5 → 17.5
        // total 0 + 26 + 17.5 = 43.5 → 不合格
        Evaluation e = ENGINE.evaluate(fixture("foshan/worked-agency.yaml"));
        assertThat(e.sections().get(0).points()).isEqualByComparingTo("0");
        assertThat(e.item("3").points()).isEqualByComparingTo("-10");
        assertThat(e.sections().get(1).points()).isEqualByComparingTo("26");
        assertThat(e.sections().get(2).points()).isEqualByComparingTo("17.5");
        assertThat(e.total()).contains(d("43.50"));
        assertThat(e.grade()).contains("不合格");
    }

    @Test
    void badRecordsDeductTenEachInsideTheQualityPool() {
        // 服务规范: 2.1 ×1 → 23
        // 服务质量: 9.1 ×3 = 30, 11: P = 40 → 50 − 20 = 30 → 60 > 50 → pool 0 (the reading taken: 9 stays in 服务质量;
        //           as a penalty outside the 100 it would have been 20 − 30 = −10)
        // 服务效果: P = 100 → 25;  total 23 + 0 + 25 = 48 → 不合格
        Evaluation e = eval(measured("40", "AAAAAAAAAA") + "findings: [{rule: '2.1'}, {rule: '9.1', count: 3}]\n");
        assertThat(e.item("9").points()).isEqualByComparingTo("-30");
        assertThat(e.sections().get(1).points()).isEqualByComparingTo("0");
        assertThat(e.total()).contains(d("48.00"));
        assertThat(e.grade()).contains("不合格");
    }

    @ParameterizedTest(name = "{0}: total {3} → {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 5.1 ×2 → 21; P11 = 88 → 扣 6 → 44; all A → 25: 21 + 44 + 25 = 90 → 90分以上 includes 90
                "90 is 优秀      | 5.1 | 2 | 88    | AAAAAAAAAA | 90.00 | 优秀",
                // P11 = 87.98 → 扣 50 − 43.99 = 6.01 → 43.99: 21 + 43.99 + 25 = 89.99 → 合格
                "89.99 is 合格   | 5.1 | 2 | 87.98 | AAAAAAAAAA | 89.99 | 合格",
                // P11 = 60 → 扣 20 → 30; P12 = 60 → 扣 25 − 15 = 10 → 15: 25 + 30 + 15 = 70 → 合格
                "70 is 合格      | 5.1 | 0 | 60    | AABBBBCCCC | 70.00 | 合格",
                // P11 = 59.98 → 扣 20.01 → 29.99: 25 + 29.99 + 15 = 69.99 → 70分以下 不合格
                "69.99 is 不合格 | 5.1 | 0 | 59.98 | AABBBBCCCC | 69.99 | 不合格"
            })
    void bandsIncludeTheirLowerBound(
            String name, String rule, int count, String review, String form, String total, String grade) {
        String findings = count == 0 ? "" : "findings: [{rule: '" + rule + "', count: " + count + "}]\n";
        Evaluation e = eval(measured(review, form) + findings);
        assertThat(e.total()).contains(d(total));
        assertThat(e.grade()).contains(grade);
    }

    @Test
    void oneCauseEarnsOneHonourAtItsHighestLevel() {
        // 同一原因不重复加分: 国家级 8 and 省级 6 for one cause → 8 only (14 would have been capped to 10)
        // 100 + 8 = 108
        Evaluation e = eval(
                PERFECT
                        + """
                honours:
                  - {level: national, cause: 全国安全生产技术服务创新成果}
                  - {level: province, cause: 全国安全生产技术服务创新成果}
                """);
        assertThat(e.bonus().orElseThrow().points()).isEqualByComparingTo("8");
        assertThat(e.total()).contains(d("108.00"));
    }

    @Test
    void aDistrictHonourAddsThree() {
        // 获区级表彰的加3分: 100 + 3 = 103
        Evaluation e = eval(PERFECT + "honours: [{level: county, cause: 顺德区安全生产先进单位}]\n");
        assertThat(e.total()).contains(d("103.00"));
    }

    @Test
    void agenciesWithoutBusinessInTwoYearsOrWithAPenaltyCaseAreNotRated() {
        // 注4: 近两年未开展业务 → E1
        Evaluation idle = ENGINE.evaluate(
                FactsLoader.fromYaml("agency: FS-2\ndata: {businessInTwoYears: 0}\n" + measured("100", "AAAAAAAAAA")));
        assertThat(idle.exclusion()).map(Evaluation.Outcome::code).contains("E1");
        assertThat(idle.total()).isEmpty();
        assertThat(idle.grade()).isEmpty();
        // 被立案处罚 → E2, whatever the score
        Evaluation punished = eval(PERFECT + "sanctions: [{type: penaltyCase, level: county}]\n");
        assertThat(punished.exclusion()).map(Evaluation.Outcome::code).contains("E2");
        assertThat(punished.total()).isEmpty();
    }

    @Test
    void anExclusionNeedsNoInventedFacts() {
        // 注4 "被立案处罚不能参与考评和排名": an agency under a penalty case is out of the rating whatever else is
        // known; no report review, no survey has to be entered for it (both are missing here)
        Evaluation punished = ENGINE.evaluate(FactsLoader.fromYaml(
                "agency: FS-3\ndata: {businessInTwoYears: 1}\nsanctions: [{type: penaltyCase, level: city}]\n"));
        assertThat(punished.exclusion()).map(Evaluation.Outcome::code).contains("E2");
        assertThat(punished.total()).isEmpty();
        assertThat(
                        ENGINE.exclusion(
                                FactsLoader.fromYaml(
                                        "agency: FS-3\ndata: {businessInTwoYears: 1}\nsanctions: [{type: penaltyCase, level: city}]\n")))
                .map(Evaluation.Outcome::code)
                .contains("E2");
        // 近两年未开展业务 alone decides E1 as well
        Evaluation idle = ENGINE.evaluate(FactsLoader.fromYaml("agency: FS-4\ndata: {businessInTwoYears: 0}\n"));
        assertThat(idle.exclusion()).map(Evaluation.Outcome::code).contains("E1");
        // in a population, such an agency is excluded and not ranked, the others are rated as usual
        PopulationResult r = ENGINE.evaluatePopulation(List.of(
                FactsLoader.fromYaml(
                        "agency: FS-3\ndata: {businessInTwoYears: 1}\nsanctions: [{type: penaltyCase, level: city}]\n"),
                facts("FS-1", "evaluation", PERFECT)));
        assertThat(r.rank("FS-3")).isEmpty();
        assertThat(r.rank("FS-1")).contains(1);
        // without an exclusion, missing facts are still missing: no total, the problems listed
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ENGINE.evaluate(FactsLoader.fromYaml("agency: FS-5\ndata: {businessInTwoYears: 1}\n")))
                .isInstanceOf(dev.saferank.scheme.InvalidFactsException.class)
                .hasMessageContaining("reportReview");
    }

    @Test
    void benchmarkAgenciesAreTheTopFifteenOfEachCategory() {
        // 评价 category: EV01..EV17 with 10.1 (−2 each) counts 0,1,2,2,3,…,15 → totals 100, 98, 96, 96, 94, …, 72, 70
        //   ranks (ties share, 1,1,3): 1, 2, 3, 3, 5, 6, …, 17; EV15 (count 13 → 74) is 15th, EV16 (72) 16th.
        // 培训 category: TR01 P11 = 90 → 扣 5 → 95; TR02 no business in two years → excluded;
        //   TR03 9.1 ×4 → 服务质量 10 → 60 (不合格, still ranked: the seed sets no grade for 标杆)
        List<Facts> population = benchmarkPopulation();

        PopulationResult r = ENGINE.evaluatePopulation(population);

        List<PopulationResult.Ranked> ev = r.groups().get("evaluation");
        assertThat(ev).hasSize(17);
        assertThat(ev)
                .extracting(PopulationResult.Ranked::rank)
                .containsExactly(1, 2, 3, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(ev.get(14).agency()).isEqualTo("EV15");
        assertThat(ev.get(14).total()).isEqualByComparingTo("74");
        int top = r.top().orElseThrow();
        assertThat(top).isEqualTo(15);
        assertThat(r.named("evaluation"))
                .extracting(PopulationResult.Ranked::agency)
                .containsExactly(
                        "EV01", "EV02", "EV03", "EV04", "EV05", "EV06", "EV07", "EV08", "EV09", "EV10", "EV11", "EV12",
                        "EV13", "EV14", "EV15");

        assertThat(r.groups().get("training"))
                .extracting(PopulationResult.Ranked::agency, PopulationResult.Ranked::rank, x -> x.grade())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TR01", 1, "优秀"),
                        org.assertj.core.groups.Tuple.tuple("TR03", 2, "不合格"));
        // overall: 100 (EV01), 98 (EV02), 96 (EV03, EV04), then TR01's 95 is 5th; TR02 is not ranked
        assertThat(r.rank("TR01")).contains(5);
        assertThat(r.rank("TR02")).isEmpty();
        assertThat(r.evaluation("TR02").orElseThrow().exclusion())
                .map(Evaluation.Outcome::code)
                .contains("E1");
    }

    @Test
    void agenciesTiedAtTheFifteenthPlaceAreAllNamed() {
        // 16 agencies, 10.1 counts 0..13 then 14, 14 → totals 100, 98, …, 74, 72, 72: the last two share rank 15
        // → 前15名 names 16 agencies (rank ≤ 15); a 17th at 70 (count 15) is 17th and not named
        List<Facts> population = tiedAtFifteenPopulation();
        PopulationResult r = ENGINE.evaluatePopulation(population);
        assertThat(r.groups().get("evaluation").get(15).rank()).isEqualTo(15);
        assertThat(r.named("evaluation")).hasSize(16);
        assertThat(r.named("evaluation"))
                .extracting(PopulationResult.Ranked::agency)
                .doesNotContain("EV17");
    }

    /** 17 agencies of the 评价 category with 10.1 counts 0, 1, 2, 2, 3, …, 15, and three of 培训 (one excluded). */
    static List<Facts> benchmarkPopulation() {
        int[] counts = {0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        List<Facts> population = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String more = counts[i] == 0 ? "" : "findings: [{rule: '10.1', count: " + counts[i] + "}]\n";
            population.add(facts("EV%02d".formatted(i + 1), "evaluation", PERFECT + more));
        }
        population.add(facts("TR01", "training", measured("90", "AAAAAAAAAA")));
        population.add(
                FactsLoader.fromYaml("agency: TR02\ncategory: training\ndata: {businessInTwoYears: 0}\n" + PERFECT));
        population.add(facts("TR03", "training", PERFECT + "findings: [{rule: '9.1', count: 4}]\n"));

        return population;
    }

    /** 17 agencies of the 评价 category, the 15th and 16th tied. */
    static List<Facts> tiedAtFifteenPopulation() {
        int[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 15};
        List<Facts> population = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String more = counts[i] == 0 ? "" : "findings: [{rule: '10.1', count: " + counts[i] + "}]\n";
            population.add(facts("EV%02d".formatted(i + 1), "evaluation", PERFECT + more));
        }
        return population;
    }
}
