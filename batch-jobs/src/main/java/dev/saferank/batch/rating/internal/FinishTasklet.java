package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Last step: the checksum of the results and the run completed. The checksum is SHA-256 over the
 * results in agency-id order, one line each: agency id, total, grade, overall rank, group rank and
 * trail, separated by tabs (absent values empty). Two runs on the same facts under the same scheme
 * version give the same checksum.
 */
class FinishTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final RatingRuns runs;

    FinishTasklet(JdbcTemplate jdbc, RatingRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun job = JobRun.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        MessageDigest digest = sha256();
        int[] rows = {0};
        jdbc.query(
                connection -> {
                    var select = connection.prepareStatement(
                            "SELECT agency_id, total, grade, overall_rank, group_rank, trail FROM rating_result"
                                    + " WHERE tenant_id = ? AND run_id = ? ORDER BY agency_id",
                            java.sql.ResultSet.TYPE_FORWARD_ONLY,
                            java.sql.ResultSet.CONCUR_READ_ONLY);
                    select.setFetchSize(Integer.MIN_VALUE);
                    select.setString(1, job.tenant());
                    select.setLong(2, job.run());
                    return select;
                },
                (RowCallbackHandler) rs -> {
                    var total = rs.getBigDecimal(2);
                    String line = rs.getLong(1) + "\t" + (total == null ? "" : total.toPlainString()) + "\t"
                            + text(rs.getString(3)) + "\t" + text(rs.getString(4)) + "\t" + text(rs.getString(5))
                            + "\t" + rs.getString(6) + "\n";
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    rows[0]++;
                });
        runs.completed(job.tenant(), job.run(), rows[0], HexFormat.of().formatHex(digest.digest()));
        return RepeatStatus.FINISHED;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
