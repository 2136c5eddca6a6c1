package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.batch.rating.internal.RatingRuns;
import dev.saferank.batch.rating.internal.Run;
import org.springframework.batch.core.BatchStatus;

/** Queues a run the way the API does and runs it in the test's thread, as the worker would. */
record RatingRunner(RatingRequests requests, RatingRuns runs, RatingLauncher launcher) {

    Run rate(String tenant, int year) throws Exception {
        long id = requests.request(tenant, year, "test-admin", "首次评定");
        Run queued = runs.find(tenant, id).orElseThrow();
        assertThat(runs.claim(queued)).isTrue();
        assertThat(launcher.run(queued)).isEqualTo(BatchStatus.COMPLETED);
        return runs.find(tenant, id).orElseThrow();
    }
}
