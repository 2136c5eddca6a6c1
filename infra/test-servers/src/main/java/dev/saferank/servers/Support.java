package dev.saferank.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;

/** Small things the provisioners share: ports, HTTP probes, unzipping, commands. */
final class Support {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Support() {}

    /**
     * How long a local server may take to become ready. A quiet machine starts Elasticsearch in
     * 11–20 s and Keycloak in 18–28 s; a machine running several builds side by side was seen to
     * need over 3 minutes, so the cap is generous; {@code saferank.servers.start-timeout-minutes}
     * (system property) changes it.
     */
    static Duration startTimeout() {
        return Duration.ofMinutes(Long.getLong("saferank.servers.start-timeout-minutes", 8));
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean listening(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The status of a GET, or -1 when nothing answers. */
    static int httpStatus(String url) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The body of a GET that must answer 200. */
    static String httpBody(String url) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProvisioningException(
                        "GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new ProvisioningException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException("interrupted: GET " + url, e);
        }
    }

    /** Unpacks a zip into {@code target}, dropping its single top-level folder, keeping exec bits. */
    static void unzip(Path zip, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        try (var zipFile = new ZipFile(zip.toFile())) {
            var entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = partial.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("zip entry escapes the target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (var in = zipFile.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.contains("/bin/") || name.endsWith(".sh")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
        deleteTree(target);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Runs a short command to completion, failing with its output when it fails. */
    static String run(List<String> command, Path workDir) {
        return run(command, workDir, java.util.Map.of());
    }

    static String run(List<String> command, Path workDir, java.util.Map<String, String> env) {
        try {
            var builder = new ProcessBuilder(command)
                    .directory(workDir == null ? null : workDir.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(env);
            var process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            int code = process.waitFor();
            if (code != 0) {
                throw new ProvisioningException(
                        "command failed (exit " + code + "): " + String.join(" ", command) + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new ProvisioningException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException("interrupted running " + command.getFirst(), e);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }
}
