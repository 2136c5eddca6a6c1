package dev.saferank.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * Elasticsearch with the Chinese analysis plugin: the one named by {@code SAFERANK_ES_URL} (the
 * plugin must be installed there); the official image in Testcontainers where Docker answers;
 * otherwise the integ-test distribution from Maven Central, run as an unprivileged user when the
 * build runs as root (Elasticsearch refuses root).
 */
final class ElasticsearchProvisioner {

    static final String VERSION = "8.19.21";
    static final String SYSTEM_USER = "saferank-es";

    private ElasticsearchProvisioner() {}

    static RunningServer provision(ServerSettings settings) {
        String userUrl = System.getenv("SAFERANK_ES_URL");
        if (userUrl != null && !userUrl.isBlank()) {
            settings.say("elasticsearch: using SAFERANK_ES_URL " + userUrl);
            return RunningServer.borrowed(userUrl);
        }
        if (Docker.available()) {
            return container(settings);
        }
        try {
            return local(settings);
        } catch (IOException e) {
            throw new ProvisioningException("cannot start Elasticsearch: " + e.getMessage(), e);
        }
    }

    private static RunningServer container(ServerSettings settings) {
        settings.say("elasticsearch: starting " + VERSION + " in Testcontainers");
        var container = new GenericContainer<>("docker.elastic.co/elasticsearch/elasticsearch:" + VERSION)
                .withCopyFileToContainer(
                        MountableFile.forHostPath(settings.analysisPluginZip()), "/tmp/analysis-smartcn.zip")
                .withEnv(Map.of(
                        "discovery.type", "single-node",
                        "xpack.security.enabled", "false",
                        "ES_JAVA_OPTS", "-Xms512m -Xmx512m"))
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("/bin/bash"))
                .withCommand(
                        "-c",
                        "bin/elasticsearch-plugin install --batch file:///tmp/analysis-smartcn.zip"
                                + " && exec /usr/local/bin/docker-entrypoint.sh eswrapper")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(3));
        container.start();
        String url = "http://" + container.getHost() + ":" + container.getMappedPort(9200);
        return RunningServer.of(url, container::stop);
    }

    private static RunningServer local(ServerSettings settings) throws IOException {
        Path home = installedHome(settings);
        Path data = settings.runDir().resolve("elasticsearch");
        Support.deleteTree(data);
        Files.createDirectories(data.resolve("data"));
        Files.createDirectories(data.resolve("logs"));
        int httpPort = Support.freePort();
        int transportPort = Support.freePort();
        String url = "http://127.0.0.1:" + httpPort;
        List<String> command = new ArrayList<>();
        if (Support.isRoot()) {
            ensureSystemUser();
            Support.run(List.of("chown", "-R", SYSTEM_USER, data.toString()), null);
            command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        command.addAll(List.of(
                home.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Expack.security.enabled=false",
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.destructive_requires_name=false",
                "-Epath.data=" + data.resolve("data"),
                "-Epath.logs=" + data.resolve("logs")));
        settings.say("elasticsearch: starting " + VERSION + " from " + home + " on " + url);
        Path log = settings.runDir().resolve("elasticsearch.log");
        var started = Instant.now();
        var process = LocalProcess.start(
                "elasticsearch",
                url,
                command,
                Map.of(
                        "ES_JAVA_HOME", Support.javaHome().toString(),
                        "ES_JAVA_OPTS", "-Xms512m -Xmx512m",
                        "ES_TMPDIR", data.toString()),
                home,
                settings.runDir());
        process.awaitReady(
                () -> Support.httpStatus(url + "/_cluster/health?wait_for_status=yellow&timeout=1s") == 200,
                Support.startTimeout(),
                log);
        settings.say("elasticsearch: ready in "
                + Duration.between(started, Instant.now()).toMillis() + " ms");
        return process;
    }

    /** Unpacks the distribution into the cache once per plugin build and installs the plugin. */
    private static Path installedHome(ServerSettings settings) throws IOException {
        requireFile(settings.elasticsearchZip(), "the Elasticsearch distribution");
        requireFile(settings.analysisPluginZip(), "the Chinese analysis plugin (infra/es-analysis-smartcn)");
        String pluginStamp = contentStamp(settings.analysisPluginZip());
        Path home = settings.cacheDir().resolve("elasticsearch-" + VERSION + "-" + pluginStamp);
        if (Files.exists(home.resolve(".installed"))) {
            return home;
        }
        settings.say("elasticsearch: unpacking " + settings.elasticsearchZip().getFileName() + " into " + home);
        Files.createDirectories(settings.cacheDir());
        settings.cacheDir().toFile().setExecutable(true, false);
        settings.cacheDir().toFile().setReadable(true, false);
        Support.unzip(settings.elasticsearchZip(), home);
        Support.run(
                List.of(
                        home.resolve("bin/elasticsearch-plugin").toString(),
                        "install",
                        "--batch",
                        settings.analysisPluginZip().toUri().toString()),
                home,
                Map.of("ES_JAVA_HOME", Support.javaHome().toString()));
        if (Support.isRoot()) {
            ensureSystemUser();
            Support.run(List.of("chown", "-R", SYSTEM_USER, home.toString()), null);
        }
        Files.writeString(home.resolve(".installed"), VERSION);
        return home;
    }

    /** Names and checksums of the zip's entries: a rebuild with the same content keeps the cache. */
    private static String contentStamp(Path zip) throws IOException {
        var crc = new java.util.zip.CRC32();
        try (var zipFile = new java.util.zip.ZipFile(zip.toFile())) {
            zipFile.stream()
                    .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
                    .forEach(entry -> {
                        crc.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        crc.update(java.nio.ByteBuffer.allocate(8)
                                .putLong(entry.getCrc())
                                .array());
                    });
        }
        return Long.toHexString(crc.getValue());
    }

    private static void ensureSystemUser() {
        try {
            Support.run(List.of("id", "-u", SYSTEM_USER), null);
        } catch (ProvisioningException missing) {
            Support.run(
                    List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER),
                    null);
        }
    }

    private static void requireFile(Path file, String what) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new ProvisioningException("missing " + what + " at " + file
                    + ": build with ./mvnw so that Maven fetches it, or set SAFERANK_ES_URL to an Elasticsearch "
                    + VERSION + " with the analysis-smartcn plugin installed.");
        }
    }
}
