package dev.saferank.batch.rating.internal;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ranks the run's results in the database: competition ranking (1, 1, 3) by rounded total, overall and
 * within each group, over the agencies with a total (excluded and incomplete agencies are not ranked),
 * exactly as the engine's Ranking does. Idempotent: a rerun computes the same ranks.
 */
class RankTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    RankTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun job = JobRun.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        jdbc.update(
                "UPDATE rating_result r JOIN (SELECT agency_id, RANK() OVER (ORDER BY total DESC) AS overall,"
                        + " RANK() OVER (PARTITION BY group_key ORDER BY total DESC) AS in_group FROM rating_result"
                        + " WHERE tenant_id = ? AND run_id = ? AND total IS NOT NULL) x ON x.agency_id = r.agency_id"
                        + " SET r.overall_rank = x.overall,"
                        + " r.group_rank = CASE WHEN r.group_key IS NULL THEN NULL ELSE x.in_group END"
                        + " WHERE r.tenant_id = ? AND r.run_id = ?",
                job.tenant(),
                job.run(),
                job.tenant(),
                job.run());
        return RepeatStatus.FINISHED;
    }
}
