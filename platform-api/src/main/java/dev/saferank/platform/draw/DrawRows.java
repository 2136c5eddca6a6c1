package dev.saferank.platform.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The draw rows; every statement binds the tenant. */
@Component
class DrawRows {

    private static final String COLUMNS = "id, tenant_id, year, kind, title, quota_mode, quota_value, weighting,"
            + " source_draw_id, candidates_count, list_sha256, commitment, seed, status, cancel_reason, committed_at,"
            + " revealed_at";

    private final JdbcTemplate jdbc;

    DrawRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draw> find(String tenant, long id) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM draw WHERE tenant_id = ? AND id = ?", DrawRows::draw, tenant, id)
                .stream()
                .findFirst();
    }

    List<Draw> ofYear(String tenant, int year) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM draw WHERE tenant_id = ? AND year = ? ORDER BY id DESC",
                DrawRows::draw,
                tenant,
                year);
    }

    /** The candidate file of a draw of any tenant (public: the draw's id is its address). */
    Optional<String> file(long id) {
        return jdbc.queryForList("SELECT list_file FROM draw WHERE id = ?", String.class, id).stream()
                .findFirst();
    }

    String file(String tenant, long id) {
        return jdbc.queryForObject(
                "SELECT list_file FROM draw WHERE tenant_id = ? AND id = ?", String.class, tenant, id);
    }

    Optional<String> result(String tenant, long id) {
        return jdbc
                .queryForList("SELECT result FROM draw WHERE tenant_id = ? AND id = ?", String.class, tenant, id)
                .stream()
                .filter(r -> r != null)
                .findFirst();
    }

    private static Draw draw(ResultSet rs, int n) throws SQLException {
        return new Draw(
                rs.getLong("id"),
                rs.getString("tenant_id"),
                rs.getInt("year"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("quota_mode"),
                rs.getInt("quota_value"),
                rs.getString("weighting"),
                rs.getObject("source_draw_id", Long.class),
                rs.getInt("candidates_count"),
                rs.getString("list_sha256"),
                rs.getString("commitment"),
                rs.getString("seed"),
                rs.getString("status"),
                rs.getString("cancel_reason"),
                instant(rs.getTimestamp("committed_at")),
                instant(rs.getTimestamp("revealed_at")));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
