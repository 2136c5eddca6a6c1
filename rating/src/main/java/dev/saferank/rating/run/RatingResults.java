package dev.saferank.rating.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reading the results of runs ({@code rating_result}, with the ranks of their small rows in {@code
 * rating_total}), mapped here and nowhere else. Results are read in rank order (excluded and unrated agencies last), ties by agency id. Every statement binds the tenant.
 */
@Component
public class RatingResults {

    private static final String COLUMNS = "r.tenant_id, r.run_id, r.agency_id, r.agency_name, r.category,"
            + " r.district, r.exclusion_code, r.raw_total, r.total, r.grade, t.overall_rank, r.group_key, t.group_rank";
    /** A result with its ranks, kept in the run's small rows (V96). */
    private static final String RESULTS = " FROM rating_result r LEFT JOIN rating_total t ON t.tenant_id = r.tenant_id"
            + " AND t.run_id = r.run_id AND t.agency_id = r.agency_id";

    private static final String RANK_KEY = "COALESCE(t.overall_rank, 2147483647)";
    private static final RowMapper<RatingResult> WITHOUT_TRAIL = (rs, n) -> result(rs, null);
    private final RowMapper<RatingResult> WITH_TRAIL =
            (rs, n) -> result(rs, fullTrail(rs.getString(1), rs.getLong(2), rs.getBytes(14)));

    /** Filter values and keyset position of a page of results; filters may be null. */
    public record Page(String grade, String category, String district, long afterRank, long afterAgency, int limit) {}

    private final JdbcTemplate jdbc;
    private final RatingRuns runs;
    /** Trail templates by run id: a run's never changes once its first step kept it. */
    private final Map<Long, TrailTemplate> templates = new ConcurrentHashMap<>();

    RatingResults(JdbcTemplate jdbc, RatingRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /**
     * The full trail (V50's JSON, as {@link TrailJson} writes it) of a stored one, whatever its stored form
     * ({@link StoredTrail}: compressed since V112, text before): a compact trail is rebuilt with its run's
     * template, a full one (before V95, agencies without a total) is returned as it is.
     */
    public String fullTrail(String tenant, long runId, byte[] stored) {
        String logical = StoredTrail.decode(stored);
        if (!CompactTrail.isCompact(logical)) {
            return logical;
        }
        TrailTemplate template = templates.get(runId);
        if (template == null) {
            template = runs.trailTemplate(tenant, runId)
                    .orElseThrow(
                            () -> new IllegalStateException("run " + runId + " has compact trails but no template"));
            if (templates.size() > 256) {
                templates.clear();
            }
            templates.put(runId, template);
        }
        return CompactTrail.full(template, logical);
    }

    /** A page of a run's results, optionally only one agency's row (an agency user's view). */
    public List<RatingResult> page(String tenant, long runId, Long onlyAgency, Page page) {
        List<Object> p =
                new ArrayList<>(List.of(tenant, runId, page.afterRank(), page.afterRank(), page.afterAgency()));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", r.trail" + RESULTS + " WHERE r.tenant_id = ?"
                + " AND r.run_id = ? AND (" + RANK_KEY + " > ? OR (" + RANK_KEY + " = ? AND r.agency_id > ?))");
        condition(sql, p, "r.agency_id", onlyAgency);
        condition(sql, p, "r.grade", page.grade());
        condition(sql, p, "r.category", page.category());
        condition(sql, p, "r.district", page.district());
        sql.append(" ORDER BY ").append(RANK_KEY).append(", r.agency_id LIMIT ?");
        p.add(page.limit());
        return jdbc.query(sql.toString(), WITH_TRAIL, p.toArray());
    }

    public Optional<RatingResult> find(String tenant, long runId, long agencyId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + ", r.trail" + RESULTS + " WHERE r.tenant_id = ? AND r.run_id = ?"
                                + " AND r.agency_id = ?",
                        WITH_TRAIL,
                        tenant,
                        runId,
                        agencyId)
                .stream()
                .findFirst();
    }

    /** Every result of a run in rank order, without trails (the notice, the publication). */
    public List<RatingResult> all(String tenant, long runId) {
        return jdbc.query(
                "SELECT " + COLUMNS + RESULTS + " WHERE r.tenant_id = ? AND r.run_id = ? ORDER BY " + RANK_KEY
                        + ", r.agency_id",
                WITHOUT_TRAIL,
                tenant,
                runId);
    }

    /** The agency's results in the completed runs of a year, newest run first. */
    public List<RatingResult> ofAgency(String tenant, long agencyId, int year) {
        return jdbc.query(
                "SELECT " + COLUMNS + ", r.trail" + RESULTS
                        + " JOIN rating_run u ON u.tenant_id = r.tenant_id AND u.id = r.run_id"
                        + " WHERE r.tenant_id = ? AND u.tenant_id = ? AND r.agency_id = ? AND u.year = ?"
                        + " AND u.status = 'completed' ORDER BY u.run_version DESC",
                WITH_TRAIL,
                tenant,
                tenant,
                agencyId,
                year);
    }

    private static void condition(StringBuilder sql, List<Object> p, String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            p.add(value);
        }
    }

    private static RatingResult result(ResultSet rs, String trail) throws SQLException {
        return new RatingResult(
                rs.getString(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9),
                rs.getString(10),
                rs.getObject(11, Integer.class),
                rs.getString(12),
                rs.getObject(13, Integer.class),
                trail);
    }
}
