package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of results (one Spring Batch item: the chunk's agencies, see FactsReader) in one batched
 * statement (Connector/J rewrites it into one multi-row insert: {@code rewriteBatchedStatements}), their small rows ({@code rating_total}: total, group, veto, grade and the
 * SHA-256 of the logical trail, what ranking and the run's checksum need) in a second, and counts them into
 * the run's progress, all in the chunk's transaction: after a crash the chunk is rolled back whole and read
 * again. The upserts make a repeated write of the same agency replace its rows, never add one (key tenant,
 * run, agency). Ranks are set afterwards, into the small rows only (RankTasklet).
 */
class ResultWriter implements ItemWriter<List<RatedAgency>> {

    private static final String UPSERT = "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name,"
            + " category, district, exclusion_code, raw_total, total, grade, veto_codes, group_key, trail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE agency_name = VALUES(agency_name),"
            + " category = VALUES(category), district = VALUES(district), exclusion_code = VALUES(exclusion_code),"
            + " raw_total = VALUES(raw_total), total = VALUES(total), grade = VALUES(grade),"
            + " veto_codes = VALUES(veto_codes), group_key = VALUES(group_key), trail = VALUES(trail)";
    private static final String TOTALS = "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, group_key,"
            + " vetoed, grade, trail_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " total = VALUES(total), group_key = VALUES(group_key), vetoed = VALUES(vetoed), grade = VALUES(grade),"
            + " trail_sha256 = VALUES(trail_sha256), overall_rank = NULL, group_rank = NULL";

    private final JdbcTemplate jdbc;
    private final RatingRuns runs;
    private final String tenant;
    private final long run;
    private final Duration pause;

    ResultWriter(JdbcTemplate jdbc, RatingRuns runs, String tenant, long run, Duration pause) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.tenant = tenant;
        this.run = run;
        this.pause = pause;
    }

    @Override
    public void write(Chunk<? extends List<RatedAgency>> chunk) throws InterruptedException {
        List<RatedAgency> rows = new ArrayList<>();
        chunk.forEach(rows::addAll);
        jdbc.batchUpdate(UPSERT, rows, rows.size(), (insert, r) -> {
            insert.setString(1, tenant);
            insert.setLong(2, run);
            insert.setLong(3, r.agencyId());
            insert.setString(4, r.name());
            insert.setString(5, r.category());
            insert.setString(6, r.district());
            insert.setString(7, r.exclusionCode());
            insert.setObject(8, r.rawTotal(), Types.DECIMAL);
            insert.setObject(9, r.total(), Types.DECIMAL);
            insert.setString(10, r.grade());
            insert.setString(11, r.vetoCodes());
            insert.setString(12, r.groupKey());
            insert.setBytes(13, r.trail());
        });
        jdbc.batchUpdate(TOTALS, rows, rows.size(), (insert, r) -> {
            insert.setString(1, tenant);
            insert.setLong(2, run);
            insert.setLong(3, r.agencyId());
            insert.setObject(4, r.total(), Types.DECIMAL);
            insert.setString(5, r.groupKey());
            insert.setBoolean(6, r.vetoCodes() != null);
            insert.setString(7, r.grade());
            insert.setBytes(8, r.trailSha256());
        });
        runs.progressed(tenant, run, rows.size());
        countAgencies(chunk.size(), rows.size());
        if (!pause.isZero()) {
            Thread.sleep(pause); // test only: keeps the chunk's transaction open for a kill to land in
        }
    }

    /**
     * Keeps the step's read and write counts in agencies, as they were when an item was one agency (the workers'
     * shares and the restart tests read {@code WRITE_COUNT}): Spring Batch adds the chunk's items to them when
     * it commits the chunk, this adds the difference to the agencies they held.
     */
    private static void countAgencies(int items, int agencies) {
        var context = StepSynchronizationManager.getContext();
        if (context != null && agencies != items) {
            StepExecution step = context.getStepExecution();
            step.setReadCount(step.getReadCount() + agencies - items);
            step.setWriteCount(step.getWriteCount() + agencies - items);
        }
    }
}
