package dev.saferank.batch.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One table's rows of a tenant, streamed row by row in agency order on a connection of its own
 * (Connector/J streams a result set when the fetch size is {@link Integer#MIN_VALUE}; the connection
 * is busy until it is read to the end). The first column is the agency id.
 */
final class FactCursor implements AutoCloseable {

    private final String name;
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private boolean more;
    private long read;

    FactCursor(String name, Connection connection, String sql, Object... args) throws SQLException {
        this.name = name;
        this.connection = connection;
        this.statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(Integer.MIN_VALUE);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        this.rows = statement.executeQuery();
        this.more = rows.next();
    }

    String name() {
        return name;
    }

    long read() {
        return read;
    }

    /** Hands every row of the agency to {@code row} (positioned on it); rows of earlier agencies are an error. */
    void forAgency(long agencyId, Row row) throws SQLException {
        while (more) {
            long at = rows.getLong(1);
            if (at > agencyId) {
                return;
            }
            if (at < agencyId) {
                throw new IllegalStateException(name + ": row of agency " + at + " after agency " + agencyId
                        + ": not in agency order, or of an agency that is not listed");
            }
            row.accept(rows);
            read++;
            more = rows.next();
        }
    }

    /** Hands the next row to {@code row}, if there is one. */
    void forNext(Row row) throws SQLException {
        if (more) {
            row.accept(rows);
            read++;
            more = rows.next();
        }
    }

    /** Whether rows are left that no agency took. */
    boolean hasMore() {
        return more;
    }

    @Override
    public void close() throws SQLException {
        try (connection;
                statement;
                rows) {
            // closed in reverse order: rows, statement, connection
        }
    }

    /** Reads the current row. */
    @FunctionalInterface
    interface Row {
        void accept(ResultSet row) throws SQLException;
    }
}
