package dev.saferank.batch.publication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and ends publication rows; every statement binds the tenant. */
@Component
class Requests {

    private final JdbcTemplate jdbc;

    Requests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Request load(String tenant, long id) {
        return jdbc.queryForObject(
                "SELECT * FROM publication WHERE tenant_id = ? AND id = ?", (rs, n) -> request(rs), tenant, id);
    }

    /** Locks the row for the final transaction. */
    Request lock(String tenant, long id) {
        return jdbc.queryForObject(
                "SELECT * FROM publication WHERE tenant_id = ? AND id = ? FOR UPDATE",
                (rs, n) -> request(rs),
                tenant,
                id);
    }

    /** Ends the request as refused, with the Chinese reason; entries it wrote were never published. */
    void refuse(String tenant, long id, String reason) {
        jdbc.update("DELETE FROM publication_entry WHERE tenant_id = ? AND publication_id = ?", tenant, id);
        jdbc.update(
                "UPDATE publication SET status = 'refused', error = ?, active_key = NULL"
                        + " WHERE tenant_id = ? AND id = ? AND status IN ('queued', 'running')",
                reason,
                tenant,
                id);
    }

    private static Request request(ResultSet rs) throws SQLException {
        return new Request(
                rs.getString("tenant_id"),
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getString("kind"),
                rs.getLong("run_id"),
                optionalLong(rs, "notice_id"),
                optionalLong(rs, "supersedes_id"),
                optionalLong(rs, "agency_id"),
                Optional.ofNullable(rs.getString("reason")),
                rs.getString("status"),
                rs.getString("requested_by"));
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
