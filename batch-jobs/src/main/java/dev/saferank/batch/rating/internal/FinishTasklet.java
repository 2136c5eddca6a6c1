package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: the run completed, with the number of results and the checksum the rank step computed while
 * it read them (kept in the job's execution context, so a restart after a crash between the two steps
 * completes with the same checksum). Two runs on the same facts under the same scheme version give the
 * same checksum.
 */
class FinishTasklet implements Tasklet {

    private final RatingRuns runs;

    FinishTasklet(RatingRuns runs) {
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        JobRun job = JobRun.of(stepExecution.getJobParameters());
        var context = stepExecution.getJobExecution().getExecutionContext();
        runs.completed(
                job.tenant(), job.run(), context.getInt(RankTasklet.ROWS), context.getString(RankTasklet.CHECKSUM));
        return RepeatStatus.FINISHED;
    }
}
