package dev.saferank.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * Keycloak with the SafeRank realm imported: the one named by {@code SAFERANK_KEYCLOAK_URL} (the
 * realm must exist there); the official image in Testcontainers where Docker answers; otherwise
 * the Quarkus distribution from Maven Central in dev mode, with a fresh database each start so
 * that the realm file is what the tests see.
 */
final class KeycloakProvisioner {

    static final String VERSION = "26.7.3";

    private KeycloakProvisioner() {}

    static RunningServer provision(ServerSettings settings) {
        String userUrl = System.getenv("SAFERANK_KEYCLOAK_URL");
        if (userUrl != null && !userUrl.isBlank()) {
            settings.say("keycloak: using SAFERANK_KEYCLOAK_URL " + userUrl);
            return RunningServer.borrowed(userUrl.replaceAll("/+$", ""));
        }
        requireFile(settings.realmFile(), "the realm file (infra/keycloak/realm-saferank.json)");
        if (Docker.available()) {
            return container(settings);
        }
        try {
            return local(settings);
        } catch (IOException e) {
            throw new ProvisioningException("cannot start Keycloak: " + e.getMessage(), e);
        }
    }

    private static RunningServer container(ServerSettings settings) {
        settings.say("keycloak: starting " + VERSION + " in Testcontainers");
        Path realm;
        try {
            realm = Files.createTempFile("realm-saferank", ".json");
            RealmImport.write(settings.realmFile(), realm);
        } catch (IOException e) {
            throw new ProvisioningException("cannot prepare the realm file: " + e.getMessage(), e);
        }
        var container = new GenericContainer<>("quay.io/keycloak/keycloak:" + VERSION)
                .withCopyFileToContainer(MountableFile.forHostPath(realm), "/opt/keycloak/data/import/realm.json")
                .withEnv(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))
                .withCommand("start-dev", "--import-realm", "--health-enabled=true")
                .withExposedPorts(8080, 9000)
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000).forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(4));
        container.start();
        String url = "http://" + container.getHost() + ":" + container.getMappedPort(8080);
        return RunningServer.of(url, container::stop);
    }

    private static RunningServer local(ServerSettings settings) throws IOException {
        requireFile(settings.keycloakZip(), "the Keycloak distribution");
        Path home = settings.cacheDir().resolve("keycloak-" + VERSION);
        if (!Files.exists(home.resolve(".installed"))) {
            settings.say("keycloak: unpacking " + settings.keycloakZip().getFileName() + " into " + home);
            Support.unzip(settings.keycloakZip(), home);
            Files.writeString(home.resolve(".installed"), VERSION);
        }
        // The home is shared by the builds on this machine (worktrees side by side): Keycloak keeps its
        // dev database in memory (so the realm file, not a previous run, defines the realm, and no two
        // runs share a database file), and the import folder is written and read under a lock held
        // until this run's Keycloak is ready (it imports the realm during start-up).
        Path data = home.resolve("data");
        Files.createDirectories(data);
        try (var lockFile = java.nio.channels.FileChannel.open(
                        data.resolve("start.lock"),
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE);
                var lock = lockFile.lock()) {
            Support.deleteTree(data.resolve("import"));
            Files.createDirectories(data.resolve("import"));
            // the realm with the demo users of demo-users.json beside it (RealmImport)
            RealmImport.write(settings.realmFile(), data.resolve("import/realm-saferank.json"));
            return startLocked(settings, home);
        }
    }

    private static RunningServer startLocked(ServerSettings settings, Path home) throws IOException {
        int port = Support.freePort();
        int managementPort = Support.freePort();
        String url = "http://127.0.0.1:" + port;
        settings.say("keycloak: starting " + VERSION + " from " + home + " on " + url);
        Instant started = Instant.now();
        var process = LocalProcess.start(
                "keycloak",
                url,
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--db=dev-mem",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--health-enabled=true",
                        "--import-realm",
                        "--hostname=" + url),
                Map.of(
                        "JAVA_HOME", Support.javaHome().toString(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"),
                home,
                settings.runDir());
        String ready = "http://127.0.0.1:" + managementPort + "/health/ready";
        process.awaitReady(
                () -> Support.httpStatus(ready) == 200
                        && Support.httpStatus(url + "/realms/" + Endpoints.REALM + "/.well-known/openid-configuration")
                                == 200,
                Support.startTimeout(),
                settings.runDir().resolve("keycloak.log"));
        settings.say(
                "keycloak: ready in " + Duration.between(started, Instant.now()).toMillis() + " ms");
        return process;
    }

    private static void requireFile(Path file, String what) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new ProvisioningException("missing " + what + " at " + file
                    + ": build with ./mvnw so that Maven fetches it, or set SAFERANK_KEYCLOAK_URL to a Keycloak "
                    + VERSION + " where the saferank realm is imported.");
        }
    }
}
