package dev.saferank.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The three servers of one build or local run. Elasticsearch and Keycloak start side by side (they
 * take the longest); {@link #stop()} stops, in reverse order, what this set started.
 */
public final class ServerSet implements AutoCloseable {

    private final ServerSettings settings;
    private final DatabaseProvisioner.Database database;
    private final List<RunningServer> servers;
    private final Endpoints endpoints;
    private final boolean dropSchemaOnStop;

    private ServerSet(
            ServerSettings settings,
            DatabaseProvisioner.Database database,
            List<RunningServer> servers,
            Endpoints endpoints,
            boolean dropSchemaOnStop) {
        this.settings = settings;
        this.database = database;
        this.servers = servers;
        this.endpoints = endpoints;
        this.dropSchemaOnStop = dropSchemaOnStop;
    }

    /**
     * Starts (or borrows) the servers.
     *
     * @param dropSchemaOnStop whether the run's schema is dropped at the end (tests), or kept (a
     *     local run keeps its demo data)
     */
    public static ServerSet start(ServerSettings settings, boolean dropSchemaOnStop) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(settings.runDir());
        } catch (java.io.IOException e) {
            throw new ProvisioningException("cannot create " + settings.runDir() + ": " + e.getMessage(), e);
        }
        var search = CompletableFuture.supplyAsync(() -> ElasticsearchProvisioner.provision(settings));
        var identity = CompletableFuture.supplyAsync(() -> KeycloakProvisioner.provision(settings));
        DatabaseProvisioner.Database database;
        try {
            database = DatabaseProvisioner.provision(settings);
        } catch (RuntimeException e) {
            stopQuietly(search, identity);
            throw e;
        }
        RunningServer es;
        RunningServer keycloak;
        try {
            es = search.join();
            keycloak = identity.join();
        } catch (CompletionException e) {
            stopQuietly(search, identity);
            database.server().stop();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        var endpoints = new Endpoints(
                database.server().url(), database.username(), database.password(), es.url(), keycloak.url());
        settings.say("all servers ready in "
                + Duration.between(started, Instant.now()).toMillis() + " ms: "
                + endpoints.dbUrl().replaceAll("\\?.*", "") + ", " + endpoints.esUrl() + ", "
                + endpoints.keycloakUrl());
        var servers = new ArrayList<>(List.of(database.server(), es, keycloak));
        return new ServerSet(settings, database, servers, endpoints, dropSchemaOnStop);
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public Path runDir() {
        return settings.runDir();
    }

    public void stop() {
        if (dropSchemaOnStop) {
            DatabaseProvisioner.dropSchema(database, settings.databaseName());
        }
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).stop();
        }
        servers.clear();
        settings.say("servers stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private static void stopQuietly(
            CompletableFuture<RunningServer> search, CompletableFuture<RunningServer> identity) {
        for (var future : List.of(search, identity)) {
            try {
                future.join().stop();
            } catch (RuntimeException ignored) {
                // it failed to start; the failure that matters is reported by the caller
            }
        }
    }
}
