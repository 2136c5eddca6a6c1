package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The worker of a node (here: of this test's app, polling every 200 ms) runs what is queued, by a bureau
 * admin through the API or by the campaign calendar on its rating date, with nobody launching it.
 */
@SpringBootTest(properties = {"saferank.rating.worker.enabled=true", "saferank.rating.worker.poll-interval=200ms"})
@ContextConfiguration(initializers = RealServersInitializer.class)
@DirtiesContext // its worker must not claim the runs of the tests that follow
class RatingWorkerIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Test
    void aQueuedRunIsClaimedAndRunByTheWorker() throws Exception {
        var data = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        long agency = QuanzhouRatingIT.agency(data, "泉州安泰", 3); // 100.0 (nothing found)

        long run = runs.queue(data.tenant, 2023, "quanzhou-admin", "首次评定").id();

        awaitCompleted(run);
        assertThat(jdbc.queryForObject(
                        "SELECT total FROM rating_result WHERE tenant_id = ? AND run_id = ? AND agency_id = ?",
                        java.math.BigDecimal.class,
                        data.tenant,
                        run,
                        agency))
                .isEqualByComparingTo("100.0");
    }

    @Test
    void theCampaignsRatingDateQueuesOneRunForTheTenantAndYear() throws Exception {
        var data = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        QuanzhouRatingIT.agency(data, "泉州安信", 3);
        jdbc.update(
                "INSERT INTO campaign (tenant_id, year, rating_date, updated_by) VALUES (?, 2023, ?, 'test')",
                data.tenant,
                jdbc.queryForObject("SELECT CURRENT_DATE", LocalDate.class));

        long run = awaitRun(data.tenant);
        awaitCompleted(run);
        assertThat(jdbc.queryForObject("SELECT requested_by FROM rating_run WHERE id = ?", String.class, run))
                .isEqualTo("schedule");
        Thread.sleep(1000); // several more polls: the calendar does not queue a second run
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rating_run WHERE tenant_id = ? AND year = 2023",
                        Integer.class,
                        data.tenant))
                .isEqualTo(1);
    }

    private long awaitRun(String tenant) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var ids = jdbc.queryForList("SELECT id FROM rating_run WHERE tenant_id = ?", Long.class, tenant);
            if (!ids.isEmpty()) {
                return ids.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the calendar queued no run");
    }

    private void awaitCompleted(long run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if ("completed"
                    .equals(jdbc.queryForObject("SELECT status FROM rating_run WHERE id = ?", String.class, run))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + run + " was not completed by the worker");
    }
}
