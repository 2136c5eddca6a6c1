package dev.saferank.rating.facts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.RowMapper;

/**
 * A forward-only streaming cursor on a connection of its own: MySQL Connector/J streams a result row by
 * row only with fetch size {@code Integer.MIN_VALUE}, and then allows no other statement on that
 * connection until the rows are read.
 */
final class StreamedRows<T extends Rows.OfAgency> implements RowSource<T> {

    private final Connection connection;
    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private T current;
    private int read;

    StreamedRows(Connection connection, FactQueries.Query<T> query) throws SQLException {
        this.connection = connection;
        this.mapper = query.mapper();
        try {
            PreparedStatement statement =
                    connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(Integer.MIN_VALUE);
            for (int i = 0; i < query.parameters().size(); i++) {
                statement.setObject(i + 1, query.parameters().get(i));
            }
            this.rows = statement.executeQuery();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        advance();
    }

    @Override
    public T current() {
        return current;
    }

    @Override
    public void advance() {
        try {
            current = rows.next() ? mapper.mapRow(rows, read++) : null;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("reading the facts failed", e);
        }
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
