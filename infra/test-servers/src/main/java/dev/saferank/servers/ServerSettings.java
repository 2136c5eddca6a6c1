package dev.saferank.servers;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the provisioning needs to know.
 *
 * @param cacheDir where unpacked distributions are kept between builds (must be traversable by the
 *     unprivileged user Elasticsearch runs as when the build runs as root)
 * @param runDir this run's data directories, logs and PID files
 * @param databaseName the schema to create on a shared database server
 * @param elasticsearchZip the Elasticsearch integ-test distribution zip
 * @param analysisPluginZip the Chinese analysis plugin zip installed into Elasticsearch
 * @param keycloakZip the Keycloak Quarkus distribution zip
 * @param realmFile the realm JSON imported into Keycloak at start
 * @param progress where progress lines go
 */
public record ServerSettings(
        Path cacheDir,
        Path runDir,
        String databaseName,
        Path elasticsearchZip,
        Path analysisPluginZip,
        Path keycloakZip,
        Path realmFile,
        Consumer<String> progress) {

    /** The default cache: shared, world-traversable, survives {@code mvn clean}. */
    public static Path defaultCacheDir() {
        String configured = System.getenv("SAFERANK_CACHE_DIR");
        return Path.of(configured != null && !configured.isBlank() ? configured : "/var/tmp/saferank");
    }

    void say(String line) {
        progress.accept("[saferank-servers] " + line);
    }
}
