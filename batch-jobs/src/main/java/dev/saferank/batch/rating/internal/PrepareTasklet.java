package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.run.TrailTemplate;
import dev.saferank.rating.scheme.StoredSchemes;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * First step: checks the run is this tenant's and claimed, fixes the agencies to rate (the active
 * agencies with an id up to the highest one now: an agency registered during the run waits for the
 * next) and cuts them into id ranges of equal size for the partitions. The ranges are kept with the run
 * (rating_run.partition_ranges) so that a restart rates exactly the same ranges, and so is the trail
 * template of the pinned scheme version (rating_run.trail_template, V95).
 */
class PrepareTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final RatingRuns runs;
    private final StoredSchemes schemes;
    private final int partitions;

    PrepareTasklet(JdbcTemplate jdbc, RatingRuns runs, StoredSchemes schemes, int partitions) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.schemes = schemes;
        this.partitions = partitions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        JobRun job = JobRun.of(stepExecution.getJobParameters());
        RatingRun run = runs.find(job.tenant(), job.run())
                .filter(r -> r.year() == job.year())
                .orElseThrow(() -> new RatingFailure("评定任务 " + job.run() + " 不存在或不属于该单位、年度"));
        if (!run.running()) {
            throw new RatingFailure("评定任务 " + job.run() + " 未处于执行状态（" + run.status() + "），不能执行");
        }
        var scheme = schemes.version(run.tenantId(), run.schemeVersion())
                .filter(s -> s.scoring().isPresent())
                .orElseThrow(() ->
                        new RatingFailure("评定任务 " + job.run() + " 所用的考评方案版本 " + run.schemeVersion() + " 无法读取或不计分"));
        // what every trail of the run shares, kept once: the results keep only what differs from it
        runs.keepTrailTemplate(job.tenant(), job.run(), TrailTemplate.of(scheme.scheme()));
        List<long[]> ranges = jdbc.query(
                "SELECT MIN(id), MAX(id), COUNT(*) FROM (SELECT id, NTILE(?) OVER (ORDER BY id) AS part FROM agency"
                        + " WHERE tenant_id = ? AND status = 'active') x GROUP BY part ORDER BY part",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                partitions,
                job.tenant());
        StringBuilder text = new StringBuilder();
        long after = 0;
        int total = 0;
        for (long[] range : ranges) {
            text.append(text.isEmpty() ? "" : ";").append(after).append(':').append(range[1]);
            after = range[1];
            total += (int) range[2];
        }
        // kept with the run, committed with this step: a restart reads the same ranges
        runs.started(
                job.tenant(),
                job.run(),
                total,
                text.isEmpty() ? "0:0" : text.toString(),
                stepExecution.getJobExecutionId());
        return RepeatStatus.FINISHED;
    }
}
