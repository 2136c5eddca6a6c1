package dev.saferank.platform.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stops the build's Elasticsearch with SIGSTOP and starts it again with SIGCONT: every process of
 * it (the launcher started with {@code -Ehttp.port=<port>} and the server it forks) is frozen, so
 * connections are accepted by the kernel but never answered, as with a hung or partitioned node.
 * Chosen over killing it because the build's other tests use the same server afterwards, and a
 * frozen process resumes exactly where it was (same data, same port); {@link #close()} always
 * resumes it. Needs a local Elasticsearch started by this build (not one named by SAFERANK_ES_URL
 * on another host): otherwise the test fails here, saying so.
 */
final class PausedElasticsearch implements AutoCloseable {

    private final List<Long> pids;

    private PausedElasticsearch(List<Long> pids) {
        this.pids = pids;
    }

    static PausedElasticsearch pause(String esUrl) {
        int port = URI.create(esUrl).getPort();
        List<Long> pids = new ArrayList<>();
        for (long launcher : launchers(port)) {
            pids.add(launcher);
            ProcessHandle.of(launcher)
                    .ifPresent(handle -> handle.descendants().forEach(child -> pids.add(child.pid())));
        }
        if (pids.isEmpty()) {
            throw new IllegalStateException("no local Elasticsearch process listens on port " + port
                    + ": this test pauses the build's own Elasticsearch and cannot pause one elsewhere");
        }
        signal("-STOP", pids);
        return new PausedElasticsearch(pids);
    }

    @Override
    public void close() {
        signal("-CONT", pids);
    }

    /** Processes whose command line names the HTTP port. */
    private static List<Long> launchers(int port) {
        String marker = "-Ehttp.port=" + port;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> commandLine(p).contains(marker))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list processes", e);
        }
    }

    private static String commandLine(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | SecurityException gone) {
            return "";
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
