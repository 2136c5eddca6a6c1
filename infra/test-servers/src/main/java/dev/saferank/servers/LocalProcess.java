package dev.saferank.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A server process this build started: its output goes to a log file, its PID to a file so that a
 * later build can stop what a killed build left behind, and it is stopped with its whole process
 * tree.
 */
final class LocalProcess implements RunningServer {

    private final String name;
    private final String url;
    private final Process process;
    private final Path pidFile;

    private LocalProcess(String name, String url, Process process, Path pidFile) {
        this.name = name;
        this.url = url;
        this.process = process;
        this.pidFile = pidFile;
    }

    static LocalProcess start(
            String name, String url, List<String> command, Map<String, String> env, Path workDir, Path runDir)
            throws IOException {
        Files.createDirectories(runDir);
        Path pidFile = runDir.resolve(name + ".pid");
        stopLeftOver(pidFile);
        Path log = runDir.resolve(name + ".log");
        var builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new LocalProcess(name, url, process, pidFile);
    }

    /** Waits until {@code ready} holds, failing early when the process dies. */
    LocalProcess awaitReady(BooleanSupplier ready, Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ProvisioningException(name + " exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + tail(log));
            }
            if (ready.getAsBoolean()) {
                return this;
            }
            sleep(Duration.ofMillis(250));
        }
        stop();
        throw new ProvisioningException(
                name + " was not ready within " + timeout.toSeconds() + " s; last lines of " + log + ":\n" + tail(log));
    }

    @Override
    public String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void stop() {
        stopTree(process.toHandle());
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the PID file only helps the next build; a stale one names a dead process
        }
    }

    private static void stopLeftOver(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.delete(pidFile);
        Optional<ProcessHandle> handle = text.chars().allMatch(Character::isDigit) && !text.isEmpty()
                ? ProcessHandle.of(Long.parseLong(text))
                : Optional.empty();
        handle.ifPresent(LocalProcess::stopTree);
    }

    private static void stopTree(ProcessHandle root) {
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroy();
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)
                && (root.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive))) {
            sleep(Duration.ofMillis(100));
        }
        root.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException("interrupted while waiting for a server", e);
        }
    }
}
