package dev.saferank.batch.rating.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Connections for the streaming cursors, opened outside the application's pool: a cursor holds its
 * connection for a whole partition, and an application that imports the job (platform-api) must not see
 * its pool drained by a rating. Not a DataSource bean, so that the application's own stays the only one.
 */
@Component
class CursorConnections {

    private final DriverManagerDataSource source;

    CursorConnections(DataSourceProperties properties) {
        this.source = new DriverManagerDataSource(
                properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
    }

    Connection open() throws SQLException {
        return source.getConnection();
    }
}
