package dev.saferank.servers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * batch-jobs rating workers for tests of remote partitioning: each a JVM of its own that takes the rating
 * partitions from a {@link RabbitVirtualHost}'s queue and claims no runs of its own, its output in a log file
 * named after it. Closing kills them all.
 */
public final class RatingWorkers implements AutoCloseable {

    /** The queue the managers send partitions to and the workers take them from. */
    public static final String PARTITION_QUEUE = "saferank.rating.partitions";

    private final List<String> launch;
    private final List<String> properties;
    private final RabbitVirtualHost host;
    private final Path logs;
    private final List<Process> processes = new ArrayList<>();

    /**
     * @param launch how to start the batch-jobs application: {@code java -jar …-exec.jar} as deployed, or {@code
     *     java -cp <classpath> dev.saferank.batch.BatchApplication}, with any JVM options
     * @param properties the database's and any other settings ({@code key=value}), beyond the worker's own
     * @param logs the folder of the workers' log files
     */
    public RatingWorkers(List<String> launch, List<String> properties, RabbitVirtualHost host, Path logs) {
        this.launch = List.copyOf(launch);
        this.properties = List.copyOf(properties);
        this.host = host;
        this.logs = logs;
    }

    /** Starts a worker named {@code name} (its {@code rating.worker} in the partitions it runs). */
    public Process start(String name) {
        Process process = launch(name);
        processes.add(process);
        return process;
    }

    /** The {@code index}th worker started (0 the first). */
    public Process get(int index) {
        return processes.get(index);
    }

    /** Starts a worker named {@code name} in the place of the {@code index}th (after it was killed, say). */
    public Process replace(int index, String name) {
        Process process = launch(name);
        processes.set(index, process);
        return process;
    }

    /** Waits until every worker consumes the partition queue (so all take part); fails once a worker has ended. */
    public void awaitConsumers(Duration timeout) {
        int n = processes.size();
        Waiting.until(timeout, n + " workers consuming the partition queue (logs: " + logs + ")", () -> {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new AssertionError(
                            "a worker process ended with " + process.exitValue() + " (logs: " + logs + ")");
                }
            }
            return host.consumers(PARTITION_QUEUE) >= n;
        });
    }

    private Process launch(String name) {
        List<String> command = new ArrayList<>(launch);
        command.add("--server.port=0");
        for (String property : properties) {
            command.add("--" + property);
        }
        command.add("--saferank.rating.worker.enabled=false"); // takes partitions, claims no runs
        command.add("--saferank.publication.worker.enabled=false");
        command.add("--saferank.rating.remote.enabled=true");
        command.add("--saferank.rating.remote.worker-name=" + name);
        command.add("--saferank.rating.threads=1");
        command.addAll(host.arguments());
        try {
            Path log = Files.createDirectories(logs).resolve(name + ".log");
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .directory(new File("."))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("worker " + name + " could not start", e);
        }
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
