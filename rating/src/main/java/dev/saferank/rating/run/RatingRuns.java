package dev.saferank.rating.run;

import dev.saferank.rating.scheme.CompiledScheme;
import dev.saferank.rating.scheme.StoredSchemes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of rating runs ({@code rating_run}, see V50__rating_run.sql), mapped here and nowhere else.
 * {@link #queue} is the one way a run starts, whoever asks (a bureau admin, an accepted objection, the
 * campaign calendar, an operator's command): the scheme version active for the year is pinned, the run
 * gets the next {@code run_version}, its history says who asked and why, and the unique {@code active_key}
 * refuses a second run of the tenant and year while one is queued or running, whichever node inserts it.
 * Every statement binds the tenant except the worker's look for queued runs of any tenant and the
 * operators' restart by run id.
 */
@Component
public class RatingRuns {

    static final String ENTITY = "ratingRun";
    private static final String COLUMNS = "tenant_id, id, year, run_version, scheme_version, status,"
            + " job_execution_id, items_total, items_done, checksum, requested_by, requested_at, reason, started_at,"
            + " ended_at, error";
    private static final RowMapper<RatingRun> RUN = (rs, n) -> new RatingRun(
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
            rs.getString(11),
            instant(rs, 12),
            rs.getString(13),
            instant(rs, 14),
            instant(rs, 15),
            rs.getString(16));

    private final JdbcTemplate jdbc;
    private final StoredSchemes schemes;

    RatingRuns(JdbcTemplate jdbc, StoredSchemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
    }

    /**
     * Queues a run of the tenant and year under the scheme version active for the year, in the caller's
     * transaction if there is one, and records who asked and why in the run's history.
     *
     * @param tenant from the caller's token (never from input), or the operator's {@code --tenant}
     * @param requestedBy a username, {@code cli:<os user>} or {@code schedule}
     * @param reason why, shown with the run (first rating, re-rating after objection N, …)
     * @return the queued run
     * @throws RatingRefusedException when no scored scheme is active for the year
     * @throws RatingAlreadyRunningException when a run of the tenant and year is queued or running
     */
    @Transactional
    public RatingRun queue(String tenant, int year, String requestedBy, String reason) {
        String version = schemes.activeVersion(tenant, year)
                .orElseThrow(() -> new RatingRefusedException("NO_ACTIVE_SCHEME", year + " 年度没有启用的考评方案，请先启用方案再评定"));
        CompiledScheme scheme = schemes.version(tenant, version).orElseThrow();
        if (!scheme.scores()) {
            throw new RatingRefusedException("NOT_SCORED", "方案版本 " + version + " 只有检查表，不计分，不能评定");
        }
        Integer previous = jdbc.queryForObject(
                "SELECT COALESCE(MAX(run_version), 0) FROM rating_run WHERE tenant_id = ? AND year = ?",
                Integer.class,
                tenant,
                year);
        var key = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO rating_run (tenant_id, year, run_version, scheme_version, status,"
                                        + " active_key, requested_by, reason) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                        insert.setString(1, tenant);
                        insert.setInt(2, year);
                        insert.setInt(3, previous + 1);
                        insert.setString(4, version);
                        insert.setString(5, tenant + ":" + year);
                        insert.setString(6, requestedBy);
                        insert.setString(7, reason);
                        return insert;
                    },
                    key);
        } catch (DuplicateKeyException anotherRun) {
            // the guard (active_key) or, in a race, the next run_version taken by the other request
            throw new RatingAlreadyRunningException(tenant, year);
        }
        RatingRun run = find(tenant, key.getKey().longValue()).orElseThrow();
        jdbc.update(
                "INSERT INTO change_history (tenant_id, entity_type, entity_id, action, actor, reason, snapshot)"
                        + " VALUES (?, ?, ?, 'queued', ?, ?, ?)",
                tenant,
                ENTITY,
                String.valueOf(run.id()),
                requestedBy,
                reason,
                "{\"year\":" + year + ",\"runVersion\":" + run.runVersion() + ",\"schemeVersion\":\""
                        + version.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return run;
    }

    public Optional<RatingRun> find(String tenant, long id) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM rating_run WHERE tenant_id = ? AND id = ?", RUN, tenant, id)
                .stream()
                .findFirst();
    }

    /** A run by id alone: for the operator's restart command, which names only the run. */
    public Optional<RatingRun> findById(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rating_run WHERE id = ?", RUN, id).stream()
                .findFirst();
    }

    /** The runs of a year, newest first. */
    public List<RatingRun> ofYear(String tenant, int year) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM rating_run WHERE tenant_id = ? AND year = ? ORDER BY run_version DESC",
                RUN,
                tenant,
                year);
    }

    /** Runs by id in one statement, for batched fields. */
    public List<RatingRun> byIds(String tenant, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM rating_run WHERE tenant_id = ? AND id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                RUN,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(tenant), ids.stream())
                        .toArray());
    }

    /** The queued run of a tenant and year, if one waits for a worker. */
    public Optional<RatingRun> queued(String tenant, int year) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM rating_run WHERE tenant_id = ? AND year = ? AND status = 'queued'"
                                + " ORDER BY run_version DESC LIMIT 1",
                        RUN,
                        tenant,
                        year)
                .stream()
                .findFirst();
    }

    /** Queued runs of every tenant, oldest first (a few: a worker claims one at a time). */
    public List<RatingRun> queued() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rating_run WHERE status = 'queued' ORDER BY id LIMIT 5", RUN);
    }

    /** Takes a queued run for this node; false when another node took it first. */
    public boolean claim(RatingRun run) {
        return jdbc.update(
                        "UPDATE rating_run SET status = 'running', started_at = CURRENT_TIMESTAMP(3)"
                                + " WHERE tenant_id = ? AND id = ? AND status = 'queued'",
                        run.tenantId(),
                        run.id())
                == 1;
    }

    /** The first step fixed the agencies and their ranges. */
    public void started(String tenant, long id, int itemsTotal, String ranges, long jobExecutionId) {
        jdbc.update(
                "UPDATE rating_run SET items_total = ?, partition_ranges = ?, job_execution_id = ?,"
                        + " started_at = COALESCE(started_at, CURRENT_TIMESTAMP(3)) WHERE tenant_id = ? AND id = ?",
                itemsTotal,
                ranges,
                jobExecutionId,
                tenant,
                id);
    }

    public void executing(String tenant, long id, long jobExecutionId) {
        jdbc.update(
                "UPDATE rating_run SET job_execution_id = ? WHERE tenant_id = ? AND id = ?",
                jobExecutionId,
                tenant,
                id);
    }

    /**
     * Keeps the trail template of the run's pinned scheme version with the run (the first step, before any
     * result is written); the results' stored trails say only what differs from it ({@link CompactTrail}).
     */
    public void keepTrailTemplate(String tenant, long id, TrailTemplate template) {
        jdbc.update(
                "UPDATE rating_run SET trail_template = ? WHERE tenant_id = ? AND id = ?", template.json(), tenant, id);
    }

    /** The trail template kept with the run; empty for a run before V95 (its trails are stored in full). */
    public Optional<TrailTemplate> trailTemplate(String tenant, long id) {
        return jdbc
                .queryForList(
                        "SELECT trail_template FROM rating_run WHERE tenant_id = ? AND id = ?",
                        String.class,
                        tenant,
                        id)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(TrailTemplate::parse);
    }

    /** The agency-id ranges the first step fixed for the run's partitions. */
    public String ranges(String tenant, long id) {
        return jdbc.queryForObject(
                "SELECT partition_ranges FROM rating_run WHERE tenant_id = ? AND id = ?", String.class, tenant, id);
    }

    public void progressed(String tenant, long id, int items) {
        jdbc.update(
                "UPDATE rating_run SET items_done = items_done + ? WHERE tenant_id = ? AND id = ?", items, tenant, id);
    }

    public void completed(String tenant, long id, int itemsDone, String checksum) {
        jdbc.update(
                "UPDATE rating_run SET status = 'completed', active_key = NULL, items_done = ?, checksum = ?,"
                        + " error = NULL, ended_at = CURRENT_TIMESTAMP(3) WHERE tenant_id = ? AND id = ?",
                itemsDone,
                checksum,
                tenant,
                id);
    }

    /** Ends a running run as failed with a Chinese reason for the bureau, and releases the guard. */
    public void failed(String tenant, long id, String error) {
        jdbc.update(
                "UPDATE rating_run SET status = 'failed', active_key = NULL, error = ?, ended_at = CURRENT_TIMESTAMP(3)"
                        + " WHERE tenant_id = ? AND id = ? AND status = 'running'",
                error,
                tenant,
                id);
    }

    /**
     * Takes a run that is running (left so by a crash), failed or queued back for a restart: running again,
     * with the cluster-wide guard set again. False when another run of the tenant and year holds the guard.
     */
    public boolean reopen(RatingRun run) {
        try {
            return jdbc.update(
                            "UPDATE rating_run SET status = 'running', active_key = ?, error = NULL, ended_at = NULL"
                                    + " WHERE tenant_id = ? AND id = ? AND status IN ('running', 'failed', 'queued')",
                            run.tenantId() + ":" + run.year(),
                            run.tenantId(),
                            run.id())
                    == 1;
        } catch (DuplicateKeyException otherRunActive) {
            return false;
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
