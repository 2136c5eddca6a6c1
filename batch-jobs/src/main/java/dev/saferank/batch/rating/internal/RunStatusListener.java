package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * A run whose job ends in failure is marked failed with a Chinese reason, and its guard released so
 * that the bureau can start again (or an operator restart it: see batch-jobs/README.md). A process
 * killed outright leaves the run running; the restart command recovers it.
 */
class RunStatusListener implements JobExecutionListener {

    private final RatingRuns runs;

    RunStatusListener(RatingRuns runs) {
        this.runs = runs;
    }

    /** Every start and restart names its execution on the run (rating_run.job_execution_id). */
    @Override
    public void beforeJob(JobExecution execution) {
        JobRun job = JobRun.of(execution.getJobParameters());
        runs.executing(job.tenant(), job.run(), execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        JobRun job = JobRun.of(execution.getJobParameters());
        String reason = execution.getAllFailureExceptions().stream()
                .map(RunStatusListener::rootCause)
                .filter(RatingFailure.class::isInstance)
                .map(Throwable::getMessage)
                .findFirst()
                .orElse("评定过程中发生系统错误，已中止（作业执行 " + execution.getId() + "），请联系运维人员查看日志后重新执行");
        runs.failed(job.tenant(), job.run(), "评定失败：" + reason);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof RatingFailure)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
