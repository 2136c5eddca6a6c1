package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.EngineAgreement;
import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * 佛山 2023 (综合诚信考评标准, foshan-2023.yaml) end to end: ranked per category (分类考核), exclusions (注4),
 * and an agency whose facts are incomplete. Worked by hand from the seed: 服务规范 25 (3.1 −2 each), 服务质量
 * 50 (9.1 −10 each; 11 报告督察复评 deducts 50 − P/2), 服务效果 25 (12 满意度 deducts 25 − P/4, P = the form
 * total, A 10 / B 7 / C 3 per question), 荣誉 区级 +3; 优秀 ≥ 90; two decimals.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class FoshanRatingIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    ApplicationContext context;

    @Test
    void ranksPerCategoryLeavesOutTheExcludedAndNamesWhatIsMissing() throws Exception {
        var data = new RatingData(jdbc, "fs").scheme("foshan/foshan-2023.yaml", 2023);
        // EV1: P 100 and form AAAAAAAAAA (100) deduct 0; 3.1 ×2 −4 → 96.00 优秀
        long ev1 = agency(data, "佛山评价一所", "evaluation", LocalDate.of(2023, 4, 1), "100", "AAAAAAAAAA");
        data.finding(ev1, 2023, "3.1", 2, "confirmed");
        // EV2: business only in 2022 (two years count); P 90 → −(50 − 45) = −5; AAAAAAAABB = 94 → −(25 − 23.5) = −1.5
        //      → 93.50 优秀
        long ev2 = agency(data, "佛山评价二所", "evaluation", LocalDate.of(2022, 9, 1), "90", "AAAAAAAABB");
        // EV3: 9.1 不良信息 −10, 区级表彰 +3 → 93.00 优秀
        long ev3 = agency(data, "佛山评价三所", "evaluation", LocalDate.of(2023, 5, 1), "100", "AAAAAAAAAA");
        data.finding(ev3, 2023, "9.1", 1, "confirmed");
        data.honour(ev3, 2023, "county", "顺德区安全生产先进单位");
        // TR1: BBBBBBBBBB = 70 → −(25 − 17.5) = −7.5 → 92.50 优秀
        long tr1 = agency(data, "佛山培训中心", "training", LocalDate.of(2023, 6, 1), "100", "BBBBBBBBBB");
        // TR2: no report review recorded → the engine cannot score item 11: no total, not ranked, says why
        long tr2 = data.agency("佛山培训学校", "training");
        data.engagement(tr2, LocalDate.of(2023, 6, 1));
        data.measurement(tr2, 2023, "survey", null, "100", "AAAAAAAAAA");
        // TR3: 立案处罚 → E2; EV4: no business in 2022–2023 → E1: neither rated nor ranked
        long tr3 = agency(data, "佛山培训站", "training", LocalDate.of(2023, 6, 1), "100", "AAAAAAAAAA");
        data.sanction(tr3, 2023, "penaltyCase", "county");
        long ev4 = agency(data, "佛山评价四所", "evaluation", LocalDate.of(2021, 6, 1), "100", "AAAAAAAAAA");

        RatingRun run = new RatingRunner(runs, launcher).rate(data.tenant, 2023);

        Results r = Results.of(jdbc, data.tenant, run.id());
        assertThat(r.of(ev1).total()).isEqualByComparingTo("96.00");
        assertThat(r.of(ev2).total()).isEqualByComparingTo("93.50");
        assertThat(r.of(ev3).total()).isEqualByComparingTo("93.00");
        assertThat(r.of(tr1).total()).isEqualByComparingTo("92.50");
        assertThat(r.of(ev1).grade()).isEqualTo("优秀");
        // per category: 评价 96 → 1, 93.5 → 2, 93 → 3; 培训 92.5 → 1; overall 96, 93.5, 93, 92.5 → 1..4
        assertThat(r.of(ev1).groupKey()).isEqualTo("evaluation");
        assertThat(new Integer[] {
                    r.of(ev1).groupRank(), r.of(ev2).groupRank(), r.of(ev3).groupRank()
                })
                .containsExactly(1, 2, 3);
        assertThat(r.of(tr1).groupKey()).isEqualTo("training");
        assertThat(r.of(tr1).groupRank()).isEqualTo(1);
        assertThat(r.of(tr1).overallRank()).isEqualTo(4);
        assertThat(r.of(tr3).exclusion()).isEqualTo("E2");
        assertThat(r.of(ev4).exclusion()).isEqualTo("E1");
        assertThat(r.of(tr3).overallRank()).isNull();
        assertThat(r.of(tr2).total()).isNull();
        assertThat(r.of(tr2).grade()).isNull();
        assertThat(r.of(tr2).overallRank()).isNull();
        assertThat(r.of(tr2).trail()).contains("\"problems\":[{\"path\":\"measurements.reportReview\"", "尚无测评数据");
        assertThat(run.itemsDone()).isEqualTo(7);
        EngineAgreement.assertRunEqualsEvaluatePopulation(context, data.tenant, run.id(), tr2);
    }

    static long agency(RatingData data, String name, String category, LocalDate business, String review, String form) {
        long id = data.agency(name, category);
        data.engagement(id, business);
        data.measurement(id, 2023, "reportReview", null, review, null);
        data.measurement(id, 2023, "survey", null, null, form);
        return id;
    }
}
