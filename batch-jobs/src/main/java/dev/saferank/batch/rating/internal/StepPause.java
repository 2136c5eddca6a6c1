package dev.saferank.batch.rating.internal;

import java.time.Duration;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test only ({@code saferank.rating.step-pause}): waits before a step begins, when the step before it
 * is already recorded COMPLETED, so that a test's kill -9 lands between two steps. Zero in production.
 */
class StepPause implements StepExecutionListener {

    private final Duration pause;

    StepPause(Duration pause) {
        this.pause = pause;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
