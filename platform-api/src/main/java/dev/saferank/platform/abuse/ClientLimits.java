package dev.saferank.platform.abuse;

import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counters per client address in the database all API nodes share (table {@code client_limit}): a limit that
 * lived in one node's memory would let a client that spreads its requests over the nodes through a load
 * balancer multiply it.
 */
@Component
public class ClientLimits {

    private final JdbcTemplate jdbc;

    ClientLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the client's row lock for complaints until the caller's transaction ends, so that counting the
     * hour's complaints and inserting the next one are one step: a second filing from the same address, on
     * any node, waits here until the first has committed and then counts it. Must run inside the filing's
     * transaction, before its first read (InnoDB's snapshot is taken at the first plain read).
     */
    public void lockComplaints(String clientKey) {
        jdbc.update(
                "INSERT INTO client_limit (scope, client_key, window_start, used) VALUES ('complaint', ?, 0, 1)"
                        + " ON DUPLICATE KEY UPDATE used = used + 1, touched_at = CURRENT_TIMESTAMP(3)",
                clientKey);
    }

    /**
     * Counts one request of the client in the given window and says how many it has sent in it, this one
     * included: one upsert, atomic in the database ({@code LAST_INSERT_ID(expr)} hands the new count back on
     * the same connection without a second read of the row).
     */
    int countRequest(String scope, String clientKey, long window) {
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (Statement statement = connection.createStatement();
                    var upsert = connection.prepareStatement(
                            "INSERT INTO client_limit (scope, client_key, window_start, used)"
                                    + " VALUES (?, ?, ?, LAST_INSERT_ID(1))"
                                    + " ON DUPLICATE KEY UPDATE used = LAST_INSERT_ID(used + 1),"
                                    + " touched_at = CURRENT_TIMESTAMP(3)")) {
                upsert.setString(1, scope);
                upsert.setString(2, clientKey);
                upsert.setLong(3, window);
                upsert.executeUpdate();
                try (ResultSet count = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
                    count.next();
                    return count.getInt(1);
                }
            }
        });
    }
}
