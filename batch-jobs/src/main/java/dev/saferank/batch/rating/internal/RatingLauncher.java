package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingAlreadyRunningException;
import dev.saferank.rating.run.RatingRefusedException;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the job for a claimed run, and restarts a run left running by a crash or failed. */
@Component
public class RatingLauncher {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RatingRuns runs;

    RatingLauncher(JobOperator operator, JobRepository repository, @Qualifier("ratingJob") Job job, RatingRuns runs) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.runs = runs;
    }

    /** Runs a run this node has claimed, in the calling thread, to its end. */
    public BatchStatus run(RatingRun run) throws Exception {
        return operator.start(job, new JobRun(run.tenantId(), run.year(), run.id()).parameters())
                .getStatus();
    }

    /**
     * Restarts a run: its Spring Batch execution, if a crash left it STARTED, is first recovered (marked
     * FAILED, as Spring Batch requires before a restart), then restarted from its last committed chunk.
     * Call it only when the process that ran it is gone.
     *
     * @throws RatingRefusedException when the run does not exist or is already completed
     * @throws RatingAlreadyRunningException when another run of its tenant and year holds the guard
     */
    public BatchStatus restart(long runId) throws Exception {
        RatingRun run = runs.findById(runId)
                .orElseThrow(() -> new RatingRefusedException("UNKNOWN_RUN", "评定任务 " + runId + " 不存在"));
        if ("completed".equals(run.status())) {
            throw new RatingRefusedException("RUN_COMPLETED", "评定任务 " + runId + " 已完成，无需重新执行");
        }
        if (!runs.reopen(run)) {
            throw new RatingAlreadyRunningException(run.tenantId(), run.year());
        }
        var parameters = new JobRun(run.tenantId(), run.year(), run.id()).parameters();
        JobExecution last = repository.getLastJobExecution(JobRun.JOB, parameters);
        if (last == null) {
            return operator.start(job, parameters).getStatus(); // crashed before the job began
        }
        if (last.getStatus().isRunning()) {
            last = operator.recover(last);
        }
        return operator.restart(last).getStatus();
    }
}
