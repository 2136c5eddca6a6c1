package dev.saferank.batch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The batch-jobs application as it runs in production: one resident process ({@code java -Xmx512m -jar
 * batch-jobs-…-exec.jar}, as README.md "Remote workers" starts it; operators start the service without the CLI's
 * AOT cache), whose rating worker claims every queued run. Started once for the whole benchmark, with a GC log
 * (and a flight recording with {@code -Dbenchmark.jfr=true}) over its whole life; stopped at the end.
 */
final class RatingService implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Path gcLog;
    private final long startedAt;
    private final double startUpSeconds;
    private final double startUpCpu;

    private RatingService(Process process, Path log, Path gcLog, long startedAt, double startUpSeconds) {
        this.process = process;
        this.log = log;
        this.gcLog = gcLog;
        this.startedAt = startedAt;
        this.startUpSeconds = startUpSeconds;
        this.startUpCpu = ProcessCpu.seconds(process.pid());
    }

    /** Starts the service and waits until Spring says it has started (its worker polls from then on). */
    static RatingService start(Path jar, String dbUrl, String dbUsername, String dbPassword, Path output)
            throws IOException, InterruptedException {
        Path log = output.resolve("rating-service.log").toAbsolutePath();
        Path gcLog = output.resolve("rating-service-gc.log").toAbsolutePath();
        Files.deleteIfExists(gcLog);
        Path jfr = output.resolve("rating-service.jfr").toAbsolutePath();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + JobRun.MAX_HEAP,
                "-Xlog:gc:file=" + gcLog + ":uptime"));
        if (Boolean.getBoolean("benchmark.jfr")) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        // port 0: health on a free port, so that another app on this machine does not stop the start
        command.addAll(List.of("-jar", jar.toString(), "--server.port=0"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SAFERANK_DB_URL", dbUrl);
        builder.environment().put("SAFERANK_DB_USERNAME", dbUsername);
        builder.environment().put("SAFERANK_DB_PASSWORD", dbPassword);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        System.out.printf("[benchmark] rating service (the resident batch-jobs app): %s%n", String.join(" ", command));
        long start = System.nanoTime();
        Process process = builder.start();
        // a benchmark stopped from outside (Ctrl-C, a fork timeout) must not leave the service running and claiming
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "rating-service-stop"));
        long deadline = start + TimeUnit.MINUTES.toNanos(10);
        while (!Files.exists(log) || !Files.readString(log).contains("Started BatchApplication")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the rating service did not start (" + log + "):\n"
                        + (Files.exists(log) ? Files.readString(log) : ""));
            }
            Thread.sleep(100);
        }
        var service = new RatingService(process, log, gcLog, start, (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "[benchmark] rating service started: %s%n", service.startUp());
        return service;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    Path gcLog() {
        return gcLog;
    }

    /** Seconds since the process started (≈ the JVM's uptime, by which its GC log dates each pause). */
    double uptime(long nanos) {
        return (nanos - startedAt) / 1e9;
    }

    String startUp() {
        return String.format(
                Locale.ROOT,
                "pid %d, start-up %.1f s (CPU %.2f s), without the CLI's AOT cache",
                process.pid(),
                startUpSeconds,
                startUpCpu);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring closes the context, the JVM writes its flight recording
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
