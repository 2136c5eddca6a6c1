package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The job reads each agency's facts once and ranks the totals it stored: a finding confirmed while a run
 * goes on (here: after the run started, before the evaluation reached the agency) is rated with the facts
 * as they are when the agency is read, and its rank is always that of its stored total. (Before issue 14
 * point 8 the job read the facts twice and had to stop the run when they changed in between.)
 */
@SpringBootTest(properties = "saferank.rating.step-pause=1500ms")
@ContextConfiguration(initializers = RealServersInitializer.class)
@DirtiesContext
class FactsChangedDuringRunIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Test
    void aFindingConfirmedDuringTheRunIsRatedAndRankedByTheTotalStored() throws Exception {
        var data = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        long antai = QuanzhouRatingIT.agency(data, "泉州安泰安全技术有限公司", 3);
        long hengan = QuanzhouRatingIT.agency(data, "泉州恒安安全咨询有限公司", 3);
        long id = runs.queue(data.tenant, 2023, "quanzhou-admin", "首次评定").id();
        RatingRun queued = runs.find(data.tenant, id).orElseThrow();
        assertThat(runs.claim(queued)).isTrue();

        var job = CompletableFuture.supplyAsync(() -> {
            try {
                return launcher.run(queued);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!stepCompleted(id, "ratingRankValues")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
        // the evaluation step waits 1.5 s before it begins: an inspector's finding is confirmed now
        data.finding(antai, 2023, "12.1", 1, "confirmed");

        assertThat(job.get()).isEqualTo(BatchStatus.COMPLETED);
        Results results = Results.of(jdbc, data.tenant, id);
        // 安泰: 100 − 2 (12.1, one occurrence at 2 points) = 98.0, rank 2; 恒安: nothing found, 100.0, rank 1
        assertThat(results.of(antai).total()).isEqualByComparingTo("98.0");
        assertThat(results.of(antai).overallRank()).isEqualTo(2);
        assertThat(results.of(hengan).total()).isEqualByComparingTo("100.0");
        assertThat(results.of(hengan).overallRank()).isEqualTo(1);
        assertThat(results.of(antai).trail()).contains("\"rule\":\"12.1\"");
        assertThat(jdbc.queryForObject("SELECT active_key FROM rating_run WHERE id = ?", String.class, id))
                .isNull();
    }

    private boolean stepCompleted(long run, String step) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN rating_run r ON r.job_execution_id = s.JOB_EXECUTION_ID"
                                + " WHERE r.id = ? AND s.STEP_NAME = ? AND s.STATUS = 'COMPLETED'",
                        Integer.class,
                        run,
                        step)
                > 0;
    }
}
