package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Rankings;
import dev.saferank.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ranks the run's totals (rating_total, small rows) before the results are written, with the engine's own
 * ranking ({@link Rankings}: competition ranking 1, 1, 3 by rounded total, overall and within each group,
 * vetoed agencies last where the scheme says so), so that a run ranks exactly as the what-if does. Excluded
 * and incomplete agencies are not ranked. Idempotent: a rerun computes the same ranks.
 */
class RankTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final RatingRuns runs;
    private final StoredSchemes schemes;

    RankTasklet(JdbcTemplate jdbc, RatingRuns runs, StoredSchemes schemes) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.schemes = schemes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun job = JobRun.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        String version = runs.find(job.tenant(), job.run()).orElseThrow().schemeVersion();
        Scheme scheme = schemes.version(job.tenant(), version).orElseThrow().scheme();
        List<Rankings.Rated> rated = jdbc.query(
                "SELECT agency_id, total, group_key, vetoed FROM rating_total WHERE tenant_id = ? AND run_id = ?"
                        + " AND total IS NOT NULL ORDER BY agency_id",
                (rs, n) -> new Rankings.Rated(
                        String.valueOf(rs.getLong(1)),
                        rs.getBigDecimal(2),
                        Optional.ofNullable(rs.getString(3)),
                        rs.getBoolean(4)),
                job.tenant(),
                job.run());
        Map<String, Rankings.Ranks> ranks = Rankings.rank(scheme, rated);
        List<Object[]> rows = new ArrayList<>(ranks.size());
        ranks.forEach((agency, r) -> rows.add(
                new Object[] {r.overall(), r.inGroup().orElse(null), job.tenant(), job.run(), Long.parseLong(agency)}));
        jdbc.batchUpdate(
                "UPDATE rating_total SET overall_rank = ?, group_rank = ? WHERE tenant_id = ? AND run_id = ?"
                        + " AND agency_id = ?",
                rows);
        return RepeatStatus.FINISHED;
    }
}
