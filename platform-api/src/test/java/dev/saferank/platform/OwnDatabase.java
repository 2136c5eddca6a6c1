package dev.saferank.platform;

import dev.saferank.servers.TestServers;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A database schema of a test's own on the build's database server ({@code <build schema>_<suffix>},
 * created empty, migrated by the applications that use it, dropped on close), for tests that start
 * applications of their own: the applications cached by other tests in the same JVM poll the build's
 * schema (outbox relays, scheduled tasks) and would take part in what such a test measures.
 */
public final class OwnDatabase implements AutoCloseable {

    private final String url;
    private final String schema;

    public OwnDatabase(String suffix) {
        var endpoints = TestServers.endpoints();
        var matcher = java.util.regex.Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]+)(.*)$")
                .matcher(endpoints.dbUrl());
        if (!matcher.matches()) {
            throw new IllegalStateException("unexpected database URL");
        }
        this.schema = matcher.group(2) + "_" + suffix;
        this.url = matcher.group(1) + schema + matcher.group(3);
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** Points an application at this schema (add after {@code RealServersInitializer}). */
    public ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("own-database-" + schema, Map.of("saferank.db.url", url)));
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
    }

    private void execute(String sql) {
        var endpoints = TestServers.endpoints();
        String server = endpoints.dbUrl().replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1");
        try (var connection = DriverManager.getConnection(
                        server, endpoints.dbUsername(), endpoints.dbPassword() == null ? "" : endpoints.dbPassword());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
