package dev.saferank.batch.rating.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A forward-only, streaming cursor over rows ordered by agency id (column 1), on a connection of its
 * own: MySQL Connector/J streams a result set row by row only with fetch size {@code Integer.MIN_VALUE},
 * and then allows no other statement on that connection until the rows are read.
 */
final class Cursor implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private boolean onRow;

    Cursor(Connection connection, String sql, List<Object> parameters) throws SQLException {
        this.connection = connection;
        this.statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(Integer.MIN_VALUE);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        this.rows = statement.executeQuery();
        this.onRow = rows.next();
    }

    /** Whether the cursor is on a row of this agency, after passing the rows of agencies before it. */
    boolean at(long agencyId) throws SQLException {
        while (onRow && rows.getLong(1) < agencyId) {
            onRow = rows.next();
        }
        return onRow && rows.getLong(1) == agencyId;
    }

    boolean onRow() {
        return onRow;
    }

    ResultSet row() {
        return rows;
    }

    void next() throws SQLException {
        onRow = rows.next();
    }

    @Override
    public void close() {
        // closing a streaming result set early reads the rest; closing the connection first is quicker
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the rows are not needed any more
        }
    }
}
