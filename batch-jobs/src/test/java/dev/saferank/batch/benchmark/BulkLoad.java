package dev.saferank.batch.benchmark;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;

/**
 * Rows written with {@code LOAD DATA LOCAL INFILE} from memory, in chunks: the fastest way into
 * InnoDB (≈ 180k rows/s here, DESIGN.md). Each chunk is its own statement; a chunk whose row count
 * or warnings show a value the server did not take as given fails the load.
 */
final class BulkLoad implements AutoCloseable {

    private final Connection connection;
    private final String sql;
    private final int chunkRows;
    private final StringBuilder chunk = new StringBuilder(1 << 20);
    private int rows;
    private long total;

    BulkLoad(Connection connection, String table, List<String> columns, int chunkRows) {
        this.connection = connection;
        this.chunkRows = chunkRows;
        this.sql = "LOAD DATA LOCAL INFILE 'generated.tsv' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columns) + ")";
    }

    /** One row, its values in the order of the columns; null is SQL NULL. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append('\t');
            }
            append(values[i]);
        }
        chunk.append('\n');
        if (++rows >= chunkRows) {
            flush();
        }
    }

    /** Rows written so far. */
    long total() {
        return total + rows;
    }

    private void append(Object value) {
        if (value == null) {
            chunk.append("\\N");
            return;
        }
        if (value instanceof Boolean b) {
            chunk.append(b ? '1' : '0');
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> chunk.append("\\\\");
                case '\t' -> chunk.append("\\t");
                case '\n' -> chunk.append("\\n");
                default -> chunk.append(c);
            }
        }
    }

    void flush() throws SQLException {
        if (rows == 0) {
            return;
        }
        byte[] data = chunk.toString().getBytes(StandardCharsets.UTF_8);
        try (var statement = connection.createStatement()) {
            statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(data));
            int loaded = statement.executeUpdate(sql);
            SQLWarning warning = statement.getWarnings();
            if (loaded != rows || warning != null) {
                throw new IllegalStateException("LOAD DATA took " + loaded + " of " + rows + " rows"
                        + (warning == null ? "" : ": " + warning.getMessage()));
            }
        }
        total += rows;
        rows = 0;
        chunk.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
