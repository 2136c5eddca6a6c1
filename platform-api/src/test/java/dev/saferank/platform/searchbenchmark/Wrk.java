package dev.saferank.platform.searchbenchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load generator: wrk (Debian's package; {@code scripts/search-load-benchmark} installs it when
 * missing), a process of its own, closed loop ({@code connections} connections, each sending its next
 * request when the answer is in), with {@code search-load.lua} choosing the body and the citizen of each
 * request. Its CPU time is read from the shell that waited for it ({@code cutime}, {@code cstime}).
 */
final class Wrk {

    /** What wrk saw of one run: counts, errors by cause, latencies in microseconds, its own CPU ticks. */
    record Outcome(
            long requests,
            double seconds,
            long failed,
            long refused,
            long socketErrors,
            long badStatus,
            long timeouts,
            long p50,
            long p95,
            long p99,
            long max,
            long ticks) {}

    static final int THREADS = Integer.getInteger("benchmark.wrkThreads", 2);

    private final String url;
    private final Path script;
    private final Path bodies;

    Wrk(int port, Path directory, List<String> requestBodies) throws IOException {
        requireInstalled();
        this.url = "http://127.0.0.1:" + port + "/graphql";
        Files.createDirectories(directory);
        this.script = directory.resolve("search-load.lua");
        this.bodies = directory.resolve("bodies.jsonl");
        try (InputStream lua = Wrk.class.getResourceAsStream("search-load.lua")) {
            Files.copy(lua, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.write(bodies, requestBodies, StandardCharsets.UTF_8);
    }

    private static void requireInstalled() {
        try {
            var check = new ProcessBuilder("wrk", "--version")
                    .redirectErrorStream(true)
                    .start();
            check.getInputStream().readAllBytes();
            check.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: run the benchmark with scripts/search-load-benchmark"
                    + " (it installs Debian's wrk), or apt-get install wrk");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Outcome run(int connections, int seconds, Progress progress) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "sh",
                "-c",
                "wrk \"$@\"; rc=$?; echo WRK-TICKS $(cut -d' ' -f16,17 /proc/$$/stat); exit $rc",
                "sh",
                "-t" + Math.min(THREADS, connections),
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                url,
                "--",
                bodies.toString(),
                Integer.toString(Citizens.COUNT)));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        JsonNode result = null;
        long ticks = -1;
        try (var out = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("WRK-RESULT ")) {
                    result = JsonMapper.shared().readTree(line.substring("WRK-RESULT ".length()));
                } else if (line.startsWith("WRK-TICKS ")) {
                    String[] f = line.substring("WRK-TICKS ".length()).trim().split(" ");
                    ticks = Long.parseLong(f[0]) + Long.parseLong(f[1]);
                } else if (!line.isBlank()) {
                    progress.say("wrk: %s", line.strip());
                }
            }
        }
        if (wrk.waitFor() != 0 || result == null) {
            throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + ")");
        }
        return new Outcome(
                result.path("requests").asLong(),
                result.path("micros").asLong() / 1e6,
                result.path("failed").asLong(),
                result.path("refused").asLong(),
                result.path("connect").asLong()
                        + result.path("read").asLong()
                        + result.path("write").asLong(),
                result.path("status").asLong(),
                result.path("timeout").asLong(),
                result.path("p50").asLong(),
                result.path("p95").asLong(),
                result.path("p99").asLong(),
                result.path("max").asLong(),
                ticks);
    }
}
