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
 * rank is always that of the stored total. It reads only the run's small rows ({@code rating_total}, written
 * by the evaluation beside each result: total, group, veto, grade, the SHA-256 of the logical trail, StoredTrail), once,
 * forward-only in agency order on the primary key, and writes the ranks into them (multi-row upserts of
 * 1,000 on the same key); the large result rows are never updated (V96). The same read gives the run's
 * checksum (kept in the job's context for the last step): SHA-256 over one line per agency in agency-id
 * order — agency id, total, grade, overall rank, group rank and the SHA-256 of the logical trail, tab
 * separated, absent values empty. Excluded and incomplete agencies are not ranked. Idempotent: a rerun
 * computes and writes the same ranks and checksum.
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
        jdbc.query(
                connection -> {
                    var select = connection.prepareStatement(
                            "SELECT agency_id, total, grade, group_key, vetoed, trail_sha256"
                                    + " FROM rating_total FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND run_id = ?"
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
                    stored.add(new Stored(agency, total, rs.getString(3), rs.getBytes(6)));
                });
        Map<String, Rankings.Ranks> ranks = Rankings.rank(scheme, rated);
        for (int from = 0; from < rated.size(); from += BATCH) {
            List<Rankings.Rated> batch = rated.subList(from, Math.min(rated.size(), from + BATCH));
            jdbc.batchUpdate(
                    "INSERT INTO rating_total (tenant_id, run_id, agency_id, overall_rank, group_rank)"
                            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE overall_rank = VALUES(overall_rank),"
                            + " group_rank = VALUES(group_rank)",
                    batch,
                    batch.size(),
                    (insert, r) -> {
                        Rankings.Ranks rank = ranks.get(r.agency());
                        insert.setString(1, job.tenant());
                        insert.setLong(2, job.run());
                        insert.setLong(3, Long.parseLong(r.agency()));
                        insert.setObject(4, rank == null ? null : rank.overall(), Types.INTEGER);
                        insert.setObject(5, rank == null ? null : rank.inGroup().orElse(null), Types.INTEGER);
                    });
        }

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
