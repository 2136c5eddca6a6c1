package dev.saferank.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A cluster of local Elasticsearch nodes, for tests of replication and failover: node 0 and the others
 * join one another ({@code discovery.seed_hosts} names every node's transport port, {@code
 * cluster.initial_master_nodes} every node), each with its own data directory, HTTP port and log in
 * {@code runDir}. It runs the distribution the build unpacked into the cache for its own Elasticsearch
 * ({@link ElasticsearchProvisioner}, with the Chinese analyzer installed): the build must have started
 * a local Elasticsearch once on this machine (not one named by {@code SAFERANK_ES_URL}), else this fails
 * saying so.
 *
 * <p>With two master-eligible nodes Elasticsearch keeps only one in its voting configuration, so a
 * two-node cluster survives losing the other one, not the elected master: {@link #nonMaster()} names the
 * node that may be stopped. Production runs three (infra/deploy), which survive losing any one.
 */
public final class ElasticsearchCluster implements AutoCloseable {

    private final List<LocalProcess> nodes;
    private final List<String> urls;
    private final Path runDir;

    private ElasticsearchCluster(List<LocalProcess> nodes, List<String> urls, Path runDir) {
        this.nodes = nodes;
        this.urls = urls;
        this.runDir = runDir;
    }

    /**
     * Starts {@code size} nodes of a new cluster and waits until it is green with all of them. {@code
     * runDir} must be traversable by the user Elasticsearch runs as ({@link #defaultRunDir()} is).
     */
    public static ElasticsearchCluster start(int size, Path runDir, Consumer<String> progress) {
        runDir = runDir.toAbsolutePath();
        Path home = installedHome(ServerSettings.defaultCacheDir());
        String name = "saferank-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        List<Integer> http = new ArrayList<>();
        List<Integer> transport = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            http.add(Support.freePort());
            transport.add(Support.freePort());
        }
        String seeds =
                String.join(",", transport.stream().map(p -> "127.0.0.1:" + p).toList());
        String masters = String.join(
                ",",
                Stream.iterate(0, i -> i + 1).limit(size).map(i -> "node-" + i).toList());
        List<LocalProcess> started = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        var begun = Instant.now();
        try {
            for (int i = 0; i < size; i++) {
                Path data = runDir.resolve("es-node-" + i);
                Support.deleteTree(data);
                Files.createDirectories(data.resolve("data"));
                Files.createDirectories(data.resolve("logs"));
                List<String> command = new ArrayList<>();
                if (Support.isRoot()) {
                    Support.run(List.of("chown", "-R", ElasticsearchProvisioner.SYSTEM_USER, data.toString()), null);
                    command.addAll(List.of("runuser", "-u", ElasticsearchProvisioner.SYSTEM_USER, "--"));
                }
                command.addAll(List.of(
                        home.resolve("bin/elasticsearch").toString(),
                        "-Ecluster.name=" + name,
                        "-Enode.name=node-" + i,
                        "-Ediscovery.seed_hosts=" + seeds,
                        "-Ecluster.initial_master_nodes=" + masters,
                        "-Enetwork.host=127.0.0.1",
                        "-Ehttp.port=" + http.get(i),
                        "-Etransport.port=" + transport.get(i),
                        "-Expack.security.enabled=false",
                        "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                        "-Eaction.destructive_requires_name=false",
                        "-Epath.data=" + data.resolve("data"),
                        "-Epath.logs=" + data.resolve("logs")));
                String url = "http://127.0.0.1:" + http.get(i);
                progress.accept(
                        "[saferank-servers] elasticsearch cluster " + name + ": starting node-" + i + " on " + url);
                started.add(LocalProcess.start(
                        "es-node-" + i,
                        url,
                        command,
                        Map.of(
                                "ES_JAVA_HOME", Support.javaHome().toString(),
                                "ES_JAVA_OPTS", "-Xms384m -Xmx384m",
                                "ES_TMPDIR", data.toString()),
                        home,
                        runDir));
                urls.add(url);
            }
            String health =
                    urls.getFirst() + "/_cluster/health?wait_for_status=green&wait_for_nodes=" + size + "&timeout=1s";
            for (int i = 0; i < size; i++) {
                started.get(i)
                        .awaitReady(
                                () -> Support.httpStatus(health) == 200,
                                Support.startTimeout(),
                                runDir.resolve("es-node-" + i + ".log"));
            }
        } catch (IOException | RuntimeException e) {
            started.forEach(LocalProcess::stop);
            throw e instanceof RuntimeException r
                    ? r
                    : new ProvisioningException("cannot start an Elasticsearch cluster: " + e.getMessage(), e);
        }
        progress.accept("[saferank-servers] elasticsearch cluster " + name + ": " + size + " nodes green in "
                + Duration.between(begun, Instant.now()).toMillis() + " ms");
        return new ElasticsearchCluster(started, urls, runDir);
    }

    /** A run directory beside the build's own servers' ({@code <cache>/runs/es-cluster-<pid>}). */
    public static Path defaultRunDir() {
        return ServerSettings.defaultCacheDir()
                .resolve("runs")
                .resolve("es-cluster-" + ProcessHandle.current().pid());
    }

    /** The nodes' HTTP addresses, node 0 first. */
    public List<String> urls() {
        return List.copyOf(urls);
    }

    /**
     * The index of a node that may be lost: not the elected master and, once the cluster has shrunk its
     * voting configuration to the master alone (Elasticsearch does so shortly after a two-node cluster
     * forms: an even number of voters is never kept), not a voter either. Waits up to a minute for that
     * (asked of node 0's HTTP API).
     */
    public int nonMaster() {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String state = "";
        while (Instant.now().isBefore(until)) {
            var master = MASTER.matcher(Support.httpBody(urls.getFirst() + "/_nodes/_master?filter_path=nodes.*.name"));
            state = Support.httpBody(urls.getFirst()
                    + "/_cluster/state/metadata?filter_path=metadata.cluster_coordination.last_committed_config");
            var voters = VOTERS.matcher(state);
            if (master.find() && voters.find()) {
                List<String> ids = Stream.of(voters.group(1).split(","))
                        .map(id -> id.strip().replace("\"", ""))
                        .toList();
                if (ids.equals(List.of(master.group(1)))) {
                    for (int i = 0; i < urls.size(); i++) {
                        if (!master.group(2).equals("node-" + i)) {
                            return i;
                        }
                    }
                }
            }
            LocalProcess.sleep(Duration.ofMillis(500));
        }
        throw new ProvisioningException("the voting configuration did not shrink to the master alone: " + state);
    }

    private static final java.util.regex.Pattern MASTER =
            java.util.regex.Pattern.compile("\"nodes\":\\{\"([^\"]+)\":\\{\"name\":\"([^\"]+)\"");
    private static final java.util.regex.Pattern VOTERS =
            java.util.regex.Pattern.compile("\"last_committed_config\":\\[([^\\]]*)\\]");

    /** Stops one node (SIGTERM, then SIGKILL after 20 s), as an operator or a crash would. */
    public void stop(int node) {
        nodes.get(node).stop();
    }

    /** Stops every node and deletes their data (the logs stay in the run directory). */
    @Override
    public void close() {
        nodes.forEach(LocalProcess::stop);
        for (int i = 0; i < nodes.size(); i++) {
            try {
                Support.deleteTree(runDir.resolve("es-node-" + i));
            } catch (IOException e) {
                // only disk space: the next cluster of this process deletes it before it starts
            }
        }
    }

    private static Path installedHome(Path cacheDir) {
        try (Stream<Path> homes = Files.list(cacheDir)) {
            return homes.filter(p ->
                            p.getFileName().toString().startsWith("elasticsearch-" + ElasticsearchProvisioner.VERSION))
                    .filter(p -> Files.exists(p.resolve(".installed")))
                    .max(Comparator.comparing(
                            p -> p.resolve(".installed").toFile().lastModified()))
                    .orElseThrow(() -> new ProvisioningException("no unpacked Elasticsearch "
                            + ElasticsearchProvisioner.VERSION + " in " + cacheDir
                            + ": run the test with ./mvnw verify, which unpacks it for the build's own Elasticsearch"));
        } catch (IOException e) {
            throw new ProvisioningException("cannot read the cache " + cacheDir + ": " + e.getMessage(), e);
        }
    }
}
