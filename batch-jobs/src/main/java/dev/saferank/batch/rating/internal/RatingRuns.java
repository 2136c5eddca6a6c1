package dev.saferank.batch.rating.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The queue of rating runs (rating_run, see V50__rating_run.sql): every statement binds the tenant
 * except the worker's look for queued runs of any tenant, which only reads ids to claim.
 */
@Repository
public class RatingRuns {

    private static final String COLUMNS = "tenant_id, id, year, run_version, scheme_version, status,"
            + " job_execution_id, items_total, items_done, checksum, error";
    private static final RowMapper<Run> RUN = (rs, n) -> new Run(
            rs.getString(1),
            rs.getLong(2),
            rs.getInt(3),
            rs.getInt(4),
            rs.getString(5),
            rs.getString(6),
            rs.getObject(7, Long.class),
            rs.getObject(8, Integer.class),
            rs.getInt(9),
            rs.getString(10),
            rs.getString(11));

    private final JdbcTemplate jdbc;

    RatingRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Run> find(String tenant, long id) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM rating_run WHERE tenant_id = ? AND id = ?", RUN, tenant, id)
                .stream()
                .findFirst();
    }

    /** A run by id alone: for the operator's restart command, which names only the run. */
    public Optional<Run> findById(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rating_run WHERE id = ?", RUN, id).stream()
                .findFirst();
    }

    /** Queued runs, oldest first (a few: the worker claims one at a time). */
    List<Run> queued() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rating_run WHERE status = 'queued' ORDER BY id LIMIT 5", RUN);
    }

    /** Takes a queued run for this node; false when another node took it first. */
    public boolean claim(Run run) {
        return jdbc.update(
                        "UPDATE rating_run SET status = 'running', started_at = CURRENT_TIMESTAMP(3)"
                                + " WHERE tenant_id = ? AND id = ? AND status = 'queued'",
                        run.tenant(),
                        run.id())
                == 1;
    }

    void started(String tenant, long id, int itemsTotal, String ranges, long jobExecutionId) {
        jdbc.update(
                "UPDATE rating_run SET items_total = ?, partition_ranges = ?, job_execution_id = ?,"
                        + " started_at = COALESCE(started_at, CURRENT_TIMESTAMP(3)) WHERE tenant_id = ? AND id = ?",
                itemsTotal,
                ranges,
                jobExecutionId,
                tenant,
                id);
    }

    void executing(String tenant, long id, long jobExecutionId) {
        jdbc.update(
                "UPDATE rating_run SET job_execution_id = ? WHERE tenant_id = ? AND id = ?",
                jobExecutionId,
                tenant,
                id);
    }

    /** The agency-id ranges the first step fixed for the run's partitions. */
    String ranges(String tenant, long id) {
        return jdbc.queryForObject(
                "SELECT partition_ranges FROM rating_run WHERE tenant_id = ? AND id = ?", String.class, tenant, id);
    }

    void progressed(String tenant, long id, int items) {
        jdbc.update(
                "UPDATE rating_run SET items_done = items_done + ? WHERE tenant_id = ? AND id = ?", items, tenant, id);
    }

    void completed(String tenant, long id, int itemsDone, String checksum) {
        jdbc.update(
                "UPDATE rating_run SET status = 'completed', active_key = NULL, items_done = ?, checksum = ?,"
                        + " error = NULL, ended_at = CURRENT_TIMESTAMP(3) WHERE tenant_id = ? AND id = ?",
                itemsDone,
                checksum,
                tenant,
                id);
    }

    void failed(String tenant, long id, String error) {
        jdbc.update(
                "UPDATE rating_run SET status = 'failed', active_key = NULL, error = ?, ended_at = CURRENT_TIMESTAMP(3)"
                        + " WHERE tenant_id = ? AND id = ? AND status = 'running'",
                error,
                tenant,
                id);
    }

    /**
     * Takes a run that is running (left so by a crash) or failed back for a restart: running again, with
     * the cluster-wide guard set again. False when another run of the tenant and year holds the guard.
     */
    public boolean reopen(Run run) {
        try {
            return jdbc.update(
                            "UPDATE rating_run SET status = 'running', active_key = ?, error = NULL, ended_at = NULL"
                                    + " WHERE tenant_id = ? AND id = ? AND status IN ('running', 'failed', 'queued')",
                            run.tenant() + ":" + run.year(),
                            run.tenant(),
                            run.id())
                    == 1;
        } catch (org.springframework.dao.DuplicateKeyException otherRunActive) {
            return false;
        }
    }
}
