package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Rankings;
import dev.saferank.scheme.Scheme;
import java.sql.Types;
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
 * Ranks the run's results once every one is written, from the totals as stored, with the engine's own
 * ranking ({@link Rankings}: competition ranking 1, 1, 3 by rounded total, overall and within each group,
 * vetoed agencies last where the scheme says so), so that a run ranks exactly as the what-if does and a
 * rank is always that of the stored total. The ranks go into the run's small rows (rating_total, one
 * multi-row insert per 1,000), then into the results by one set-based statement on the two primary keys.
 * Excluded and incomplete agencies are not ranked. Idempotent: a rerun computes and writes the same ranks.
 */
class RankTasklet implements Tasklet {

    private static final int BATCH = 1000;

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
        List<Rankings.Rated> rated = new ArrayList<>();
        jdbc.query(
                "SELECT agency_id, total, group_key, veto_codes IS NOT NULL FROM rating_result FORCE INDEX (PRIMARY)"
                        + " WHERE tenant_id = ? AND run_id = ? AND total IS NOT NULL ORDER BY agency_id",
                rs -> {
                    rated.add(new Rankings.Rated(
                            String.valueOf(rs.getLong(1)),
                            rs.getBigDecimal(2),
                            Optional.ofNullable(rs.getString(3)),
                            rs.getBoolean(4)));
                },
                job.tenant(),
                job.run());
        Map<String, Rankings.Ranks> ranks = Rankings.rank(scheme, rated);
        List<Rankings.Rated> ordered = rated; // agency order: the inserts follow the primary key
        jdbc.update("DELETE FROM rating_total WHERE tenant_id = ? AND run_id = ?", job.tenant(), job.run());
        for (int from = 0; from < ordered.size(); from += BATCH) {
            List<Rankings.Rated> batch = ordered.subList(from, Math.min(ordered.size(), from + BATCH));
            jdbc.batchUpdate(
                    "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, group_key, vetoed, overall_rank,"
                            + " group_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    batch,
                    batch.size(),
                    (insert, r) -> {
                        Rankings.Ranks rank = ranks.get(r.agency());
                        insert.setString(1, job.tenant());
                        insert.setLong(2, job.run());
                        insert.setLong(3, Long.parseLong(r.agency()));
                        insert.setBigDecimal(4, r.total());
                        insert.setString(5, r.group().orElse(null));
                        insert.setBoolean(6, r.vetoed());
                        insert.setObject(7, rank == null ? null : rank.overall(), Types.INTEGER);
                        insert.setObject(8, rank == null ? null : rank.inGroup().orElse(null), Types.INTEGER);
                    });
        }
        // one statement, both sides read by their primary keys (tenant, run, agency): no plan to go wrong
        jdbc.update(
                "UPDATE rating_total t STRAIGHT_JOIN rating_result r FORCE INDEX (PRIMARY)"
                        + " ON r.tenant_id = t.tenant_id AND r.run_id = t.run_id AND r.agency_id = t.agency_id"
                        + " SET r.overall_rank = t.overall_rank, r.group_rank = t.group_rank"
                        + " WHERE t.tenant_id = ? AND t.run_id = ?",
                job.tenant(),
                job.run());
        return RepeatStatus.FINISHED;
    }
}
