package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * 泉州 2023 end to end through the job, worked by hand from the seed's 诚信考评表 (附件5) as shipped in
 * quanzhou-2023.yaml: items 1–20 = 100, 3 deducts 6 per registered engineer missing below 3, 12.1 −2 each
 * (item max 6), 14.5a −0.5 each capped at 2, bonus 21 (省级 +5, cap 10), penalties 22 (市级约谈 −10, 县级约谈
 * −8, 乡镇约谈 −5, 县级通报 −3), V1 两次市级约谈 → 不合格, E1 no business in the year → not rated; bands
 * 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60; one decimal.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class QuanzhouRatingIT {

    static final LocalDate IN_2023 = LocalDate.of(2023, 3, 1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    MeterRegistry meters;

    @Test
    void ratesRanksAndGradesTheAgenciesAsWorkedByHand() throws Exception {
        var data = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        // A: 3 engineers, business; 14.5a ×5 = 2.5 → capped −2; 12.1 ×1 −2; a draft 16.1 and a withdrawn
        //    13.1 do not count; 省级表彰 +5 → 100 − 2 − 2 + 5 = 101.0 优秀
        long a = agency(data, "泉州安泰安全技术有限公司", 3);
        data.finding(a, 2023, "14.5a", 5, "confirmed");
        data.finding(a, 2023, "12.1", 1, "confirmed");
        data.finding(a, 2023, "16.1", 1, "draft");
        data.finding(a, 2023, "13.1", 2, "withdrawn");
        data.honour(a, 2023, "province", "2023年安全生产月先进单位");
        // B: 2 engineers → item 3: 6 × (3 − 2) = −6; 县级约谈 −8 → 100 − 6 − 8 = 86.0 良好
        long b = agency(data, "泉州安信评价有限公司", 2);
        data.sanction(b, 2023, "interview", "county");
        // E: 12.1 ×7 = −14 → item 12 floors at 0: −6; 县级通报 −3, 乡镇约谈 −5 → 100 − 6 − 3 − 5 = 86.0 良好 (tie with B)
        long e = agency(data, "泉州安达咨询有限公司", 3);
        data.finding(e, 2023, "12.1", 7, "confirmed");
        data.sanction(e, 2023, "circular", "county");
        data.sanction(e, 2023, "interview", "town");
        // C: two 市级约谈 −20 → 80.0, but V1 → 不合格 whatever the points
        long c = agency(data, "泉州安盛检测有限公司", 3);
        data.sanction(c, 2023, "interview", "city");
        data.sanction(c, 2023, "interview", "city");
        // D: its only engagement is of 2022 → hadBusiness 0 → E1, no total, not ranked
        long d = data.agency("泉州安远培训中心", "training");
        data.staff(d, 3, "registeredSafetyEngineer");
        data.engagement(d, LocalDate.of(2022, 11, 30));

        RatingRun run = new RatingRunner(runs, launcher).rate(data.tenant, 2023);

        Results results = Results.of(jdbc, data.tenant, run.id());
        assertThat(results.of(a).total()).isEqualByComparingTo("101.0");
        assertThat(results.of(a).grade()).isEqualTo("优秀");
        assertThat(results.of(b).total()).isEqualByComparingTo("86.0");
        assertThat(results.of(b).grade()).isEqualTo("良好");
        assertThat(results.of(e).total()).isEqualByComparingTo("86.0");
        assertThat(results.of(c).total()).isEqualByComparingTo("80.0");
        assertThat(results.of(c).grade()).isEqualTo("不合格");
        assertThat(results.of(c).vetoes()).isEqualTo("V1");
        assertThat(results.of(d).exclusion()).isEqualTo("E1");
        assertThat(results.of(d).total()).isNull();
        // competition ranking by total: 101 → 1, 86 and 86 → 2 and 2, 80 → 4; D not ranked
        assertThat(results.of(a).overallRank()).isEqualTo(1);
        assertThat(results.of(b).overallRank()).isEqualTo(2);
        assertThat(results.of(e).overallRank()).isEqualTo(2);
        assertThat(results.of(c).overallRank()).isEqualTo(4);
        assertThat(results.of(d).overallRank()).isNull();
        assertThat(results.of(a).groupRank()).as("泉州 ranks only overall").isNull();
        // the trail says why, item by item, as the preview does
        assertThat(results.of(a).trail())
                .contains(
                        "\"number\":\"14\"", "\"rule\":\"14.5a\"", "\"count\":5", "\"amount\":\"-2", "\"capped\":true")
                .contains("\"rule\":\"21.2\"")
                .doesNotContain("\"rule\":\"16.1\"", "\"rule\":\"13.1\"");
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.itemsTotal()).isEqualTo(5);
        assertThat(run.itemsDone()).isEqualTo(5);
        assertThat(run.checksum()).hasSize(64);
        assertThat(jdbc.queryForObject("SELECT active_key FROM rating_run WHERE id = ?", String.class, run.id()))
                .isNull();
        // what an operator reads from the actuator's metrics: each step of the run timed, not each agency
        // (a timer per item read and processed cost a tenth of the evaluation's CPU: ItemObservations)
        assertThat(meters.find("spring.batch.step").timers()).isNotEmpty();
        assertThat(meters.find("spring.batch.item.read").timers()).isEmpty();
        assertThat(meters.find("spring.batch.item.process").timers()).isEmpty();
    }

    @Test
    void aRunOfOneTenantNeitherReadsNorWritesAnotherTenantsRows() throws Exception {
        var mine = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        var other = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        // my agency: 100 − 2 (12.1) = 98.0; the other tenant's agencies sit between mine in id order
        long mineFirst = agency(mine, "本单位机构甲", 3);
        long theirs = agency(other, "他单位机构", 3);
        other.finding(theirs, 2023, "12.1", 3, "confirmed");
        other.sanction(theirs, 2023, "interview", "city");
        // findings and sanctions written under the other tenant for MY agency id must not count either
        other.finding(mineFirst, 2023, "14.1", 1, "confirmed");
        other.sanction(mineFirst, 2023, "interview", "county");
        mine.finding(mineFirst, 2023, "12.1", 1, "confirmed");
        long mineSecond = agency(mine, "本单位机构乙", 3);
        Integer theirRowsBefore = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rating_result WHERE tenant_id = ?", Integer.class, other.tenant);

        RatingRun run = new RatingRunner(runs, launcher).rate(mine.tenant, 2023);

        Results results = Results.of(jdbc, mine.tenant, run.id());
        assertThat(results.rows().keySet()).containsExactly(mineFirst, mineSecond);
        assertThat(results.of(mineFirst).total()).isEqualByComparingTo(new BigDecimal("98.0"));
        assertThat(results.of(mineSecond).total()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rating_result WHERE tenant_id = ?", Integer.class, other.tenant))
                .isEqualTo(theirRowsBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rating_result WHERE run_id = ? AND tenant_id <> ?",
                        Integer.class,
                        run.id(),
                        mine.tenant))
                .isZero();
        assertThat(runs.find(other.tenant, run.id()))
                .as("the run is not the other tenant's")
                .isEmpty();
    }

    /** An agency with engineers holding valid certificates and one engagement of 2023 (business). */
    static long agency(RatingData data, String name, int engineers) {
        long id = data.agency(name, "standardisation");
        data.staff(id, engineers, "registeredSafetyEngineer");
        data.engagement(id, IN_2023);
        return id;
    }
}
