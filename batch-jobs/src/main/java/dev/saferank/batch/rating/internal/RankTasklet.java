package dev.saferank.batch.rating.internal;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ranks the run's totals (rating_total, small rows) in the database, before the results are written: competition ranking (1, 1, 3) by rounded total, overall and
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
                "UPDATE rating_total t JOIN (SELECT agency_id, RANK() OVER (ORDER BY total DESC) AS overall,"
                        + " RANK() OVER (PARTITION BY group_key ORDER BY total DESC) AS in_group FROM rating_total"
                        + " WHERE tenant_id = ? AND run_id = ? AND total IS NOT NULL) x ON x.agency_id = t.agency_id"
                        + " SET t.overall_rank = x.overall,"
                        + " t.group_rank = CASE WHEN t.group_key IS NULL THEN NULL ELSE x.in_group END"
                        + " WHERE t.tenant_id = ? AND t.run_id = ?",
                job.tenant(),
                job.run(),
                job.tenant(),
                job.run());
        return RepeatStatus.FINISHED;
    }
}
