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
 * 苏州 2023 (星级评定表, suzhou-2023.yaml) end to end: the business-volume rank bonus (20.1: 1–2 +5, 3–4 +4)
 * needs the whole population, so the job ranks the eligible agencies' volumes in a first pass. Each agency
 * here loses nothing in items 1–19: office 150 ㎡ (≥ 100), 5 qualified staff (≥ 5), nobody in two agencies,
 * satisfaction 10 from each of the three groups → 100, plus its tier. Volumes = engagements of 2023.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class SuzhouRatingIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    ApplicationContext context;

    @Test
    void theBusinessVolumeRankOfTheEligibleAgenciesGivesTheBonus() throws Exception {
        var data = new RatingData(jdbc, "sz").scheme("suzhou/suzhou-2023.yaml", 2023);
        // volumes A 3, B 3, C 2, D 1; X has 5 but is excluded (E1 虚假申报) so it takes no rank:
        // ranks A 1, B 1, C 3, D 4 → tiers +5, +5, +4, +4 → 105.00, 105.00, 104.00, 104.00 (五星)
        long a = agency(data, "苏州安全甲", 3);
        long b = agency(data, "苏州安全乙", 3);
        long c = agency(data, "苏州安全丙", 2);
        long d = agency(data, "苏州安全丁", 1);
        long x = agency(data, "苏州安全戊", 5);
        data.finding(x, 2023, "E1", 1, "confirmed");

        RatingRun run = new RatingRunner(runs, launcher).rate(data.tenant, 2023);

        Results r = Results.of(jdbc, data.tenant, run.id());
        assertThat(r.of(a).total()).isEqualByComparingTo("105.00");
        assertThat(r.of(b).total()).isEqualByComparingTo("105.00");
        assertThat(r.of(c).total()).isEqualByComparingTo("104.00");
        assertThat(r.of(d).total()).isEqualByComparingTo("104.00");
        assertThat(r.of(a).grade()).isEqualTo("五星");
        assertThat(r.of(x).exclusion()).isEqualTo("E1");
        assertThat(r.of(c).trail()).contains("\"rule\":\"20.1\"", "rank 3 of 4 by agency.businessVolume");
        // ranks of the totals: 105, 105 → 1, 1; 104, 104 → 3, 3
        assertThat(new Integer[] {
                    r.of(a).overallRank(),
                    r.of(b).overallRank(),
                    r.of(c).overallRank(),
                    r.of(d).overallRank()
                })
                .containsExactly(1, 1, 3, 3);
        EngineAgreement.assertRunEqualsEvaluatePopulation(context, data.tenant, run.id());
    }

    static long agency(RatingData data, String name, int volume) {
        long id = data.agency(name, "consulting");
        data.officeArea(id, "150");
        data.staff(id, 5, "registeredSafetyEngineer");
        for (int i = 0; i < volume; i++) {
            data.engagement(id, LocalDate.of(2023, 2 + i, 10));
        }
        for (String group : new String[] {"county", "town", "enterprise"}) {
            data.measurement(id, 2023, "satisfaction", group, "10", null);
        }
        return id;
    }
}
