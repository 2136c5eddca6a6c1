package dev.saferank.servers;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, so that Testcontainers can provide the servers. */
final class Docker {

    private static volatile Boolean available;

    private Docker() {}

    static boolean available() {
        if (available == null) {
            boolean disabled = "false".equalsIgnoreCase(System.getenv("SAFERANK_USE_DOCKER"));
            // Ask Testcontainers only when an engine may be there: it logs its failed probes loudly.
            boolean maybe = System.getenv("DOCKER_HOST") != null
                    || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                    || java.nio.file.Files.exists(
                            java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
            try {
                available = !disabled && maybe && DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
        }
        return available;
    }
}
