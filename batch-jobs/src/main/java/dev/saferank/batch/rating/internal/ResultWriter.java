package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingRuns;
import java.sql.Types;
import java.time.Duration;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of results in one batched statement (Connector/J rewrites it into one multi-row insert:
 * {@code rewriteBatchedStatements}), their small rows ({@code rating_total}: total, group, veto, grade and the
 * SHA-256 of the logical trail, what ranking and the run's checksum need) in a second, and counts them into
 * the run's progress, all in the chunk's transaction: after a crash the chunk is rolled back whole and read
 * again. The upserts make a repeated write of the same agency replace its rows, never add one (key tenant,
 * run, agency). Ranks are set afterwards, into the small rows only (RankTasklet).
 */
class ResultWriter implements ItemWriter<RatedAgency> {

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
    public void write(Chunk<? extends RatedAgency> chunk) throws InterruptedException {
        jdbc.batchUpdate(UPSERT, chunk.getItems(), chunk.size(), (insert, r) -> {
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
        jdbc.batchUpdate(TOTALS, chunk.getItems(), chunk.size(), (insert, r) -> {
            insert.setString(1, tenant);
            insert.setLong(2, run);
            insert.setLong(3, r.agencyId());
            insert.setObject(4, r.total(), Types.DECIMAL);
            insert.setString(5, r.groupKey());
            insert.setBoolean(6, r.vetoCodes() != null);
            insert.setString(7, r.grade());
            insert.setBytes(8, r.trailSha256());
        });
        runs.progressed(tenant, run, chunk.size());
        if (!pause.isZero()) {
            Thread.sleep(pause); // test only: keeps the chunk's transaction open for a kill to land in
        }
    }
}
