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
 * The job reads the facts twice (totals to rank, then the results): a finding confirmed in between would
 * give a result whose rank is not that of its total. The run stops instead, says why in Chinese and
 * releases the guard, so that the bureau starts it again once recording is over.
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
    void aFindingConfirmedBetweenTheTwoPassesFailsTheRunWithTheReason() throws Exception {
        var data = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        long agency = QuanzhouRatingIT.agency(data, "泉州安泰安全技术有限公司", 3);
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
        while (!rankStepCompleted(id)) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
        // the evaluation step waits 1.5 s before it begins: an inspector's finding is confirmed now
        data.finding(agency, 2023, "12.1", 1, "confirmed");

        assertThat(job.get()).isEqualTo(BatchStatus.FAILED);
        RatingRun failed = runs.find(data.tenant, id).orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.error()).isEqualTo("评定失败：评定期间机构「泉州安泰安全技术有限公司」的考评事实发生变化，排名所依据的总分已不一致，请在事实录入结束后重新发起评定");
        assertThat(jdbc.queryForObject("SELECT active_key FROM rating_run WHERE id = ?", String.class, id))
                .isNull();
        // the bureau starts again: a new run rates the facts as they are now (100 − 2 = 98.0)
        RatingRun again = new RatingRunner(runs, launcher).rate(data.tenant, 2023);
        assertThat(Results.of(jdbc, data.tenant, again.id()).of(agency).total()).isEqualByComparingTo("98.0");
    }

    private boolean rankStepCompleted(long run) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN rating_run r ON r.job_execution_id = s.JOB_EXECUTION_ID"
                                + " WHERE r.id = ? AND s.STEP_NAME = 'ratingRank' AND s.STATUS = 'COMPLETED'",
                        Integer.class,
                        run)
                > 0;
    }
}
