package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Rankings;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Ranks the run's results once every one is written, from the totals as stored, with the engine's own
 * ranking ({@link Rankings}: competition ranking 1, 1, 3 by rounded total, overall and within each group,
 * vetoed agencies last where the scheme says so), so that a run ranks exactly as the what-if does and a
 * rank is always that of the stored total. The results are read once, forward-only in agency order on the
 * primary key; the ranks go into the run's small rows (rating_total, multi-row inserts of 1,000), then into
 * the results by one set-based statement on the two primary keys. The same read gives the run's checksum
 * (kept in the job's context for the last step): SHA-256 over one line per agency in agency-id order —
 * agency id, total, grade, overall rank, group rank and the SHA-256 of the stored trail, tab separated,
 * absent values empty. Excluded and incomplete agencies are not ranked. Idempotent: a rerun computes and
 * writes the same ranks and checksum.
 */
class RankTasklet implements Tasklet {

    static final String CHECKSUM = "rating.checksum";
    static final String ROWS = "rating.rows";
    private static final int BATCH = 1000;

    /** A stored result as far as ranking and the checksum need it. */
    private record Stored(long agency, BigDecimal total, String grade, byte[] trailDigest) {}

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
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        JobRun job = JobRun.of(stepExecution.getJobParameters());
        String version = runs.find(job.tenant(), job.run()).orElseThrow().schemeVersion();
        Scheme scheme = schemes.version(job.tenant(), version).orElseThrow().scheme();
        List<Rankings.Rated> rated = new ArrayList<>();
        List<Stored> stored = new ArrayList<>();
        MessageDigest trails = sha256();
        jdbc.query(
                connection -> {
                    var select = connection.prepareStatement(
                            "SELECT agency_id, total, grade, group_key, veto_codes IS NOT NULL, trail"
                                    + " FROM rating_result FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND run_id = ?"
                                    + " ORDER BY agency_id",
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY);
                    select.setFetchSize(Integer.MIN_VALUE); // streamed: one row in memory at a time
                    select.setString(1, job.tenant());
                    select.setLong(2, job.run());
                    return select;
                },
                (RowCallbackHandler) rs -> {
                    long agency = rs.getLong(1);
                    BigDecimal total = rs.getBigDecimal(2);
                    if (total != null) {
                        rated.add(new Rankings.Rated(
                                String.valueOf(agency), total, Optional.ofNullable(rs.getString(4)), rs.getBoolean(5)));
                    }
                    byte[] digest = trails.digest(rs.getString(6).getBytes(StandardCharsets.UTF_8));
                    stored.add(new Stored(agency, total, rs.getString(3), digest));
                });
        Map<String, Rankings.Ranks> ranks = Rankings.rank(scheme, rated);
        jdbc.update("DELETE FROM rating_total WHERE tenant_id = ? AND run_id = ?", job.tenant(), job.run());
        for (int from = 0; from < rated.size(); from += BATCH) {
            List<Rankings.Rated> batch = rated.subList(from, Math.min(rated.size(), from + BATCH));
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

        MessageDigest checksum = sha256();
        HexFormat hex = HexFormat.of();
        for (Stored s : stored) {
            Rankings.Ranks rank = ranks.get(String.valueOf(s.agency()));
            String line = s.agency() + "\t"
                    + (s.total() == null ? "" : s.total().toPlainString()) + "\t"
                    + (s.grade() == null ? "" : s.grade()) + "\t" + (rank == null ? "" : rank.overall()) + "\t"
                    + (rank == null ? "" : rank.inGroup().map(String::valueOf).orElse("")) + "\t"
                    + hex.formatHex(s.trailDigest()) + "\n";
            checksum.update(line.getBytes(StandardCharsets.UTF_8));
        }
        var context = stepExecution.getJobExecution().getExecutionContext();
        context.putString(CHECKSUM, hex.formatHex(checksum.digest()));
        context.putInt(ROWS, stored.size());
        return RepeatStatus.FINISHED;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
