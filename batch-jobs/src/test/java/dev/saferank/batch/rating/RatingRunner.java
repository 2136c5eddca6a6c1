package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import org.springframework.batch.core.BatchStatus;

/** Queues a run the way the API does and runs it in the test's thread, as the worker would. */
record RatingRunner(RatingRuns runs, RatingLauncher launcher) {

    RatingRun rate(String tenant, int year) throws Exception {
        RatingRun queued = runs.queue(tenant, year, "test-admin", "首次评定");
        assertThat(runs.claim(queued)).isTrue();
        assertThat(launcher.run(queued)).isEqualTo(BatchStatus.COMPLETED);
        return runs.find(tenant, queued.id()).orElseThrow();
    }
}
