package dev.saferank.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A RabbitMQ virtual host of a test's own on the broker at 127.0.0.1:5672, made with rabbitmqctl (guest may do
 * everything in it) and deleted on close, so that tests running at once never share a queue.
 */
public final class RabbitVirtualHost implements AutoCloseable {

    private final String name;

    private RabbitVirtualHost(String name) {
        this.name = name;
    }

    /** A new virtual host named {@code prefix} + this JVM's pid + a nano time; fails loudly without RabbitMQ. */
    public static RabbitVirtualHost create(String prefix) {
        var host = new RabbitVirtualHost(prefix + ProcessHandle.current().pid() + "-" + System.nanoTime());
        rabbitmqctl("add_vhost", host.name);
        rabbitmqctl("set_permissions", "-p", host.name, "guest", ".*", ".*", ".*");
        return host;
    }

    public String name() {
        return name;
    }

    /** The Spring properties that connect an application to this virtual host ({@code key=value}). */
    public List<String> properties() {
        return List.of(
                "spring.rabbitmq.host=127.0.0.1",
                "spring.rabbitmq.port=5672",
                "spring.rabbitmq.username=guest",
                "spring.rabbitmq.password=guest",
                "spring.rabbitmq.virtual-host=" + name);
    }

    /** The same properties as command-line arguments ({@code --key=value}). */
    public List<String> arguments() {
        return properties().stream().map(p -> "--" + p).toList();
    }

    /** The consumers of {@code queue} in this virtual host now (0 when the queue does not exist yet). */
    public int consumers(String queue) {
        for (String line : rabbitmqctl("list_queues", "-p", name, "--quiet", "--no-table-headers", "name", "consumers")
                .split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length == 2 && columns[0].equals(queue)) {
                return Integer.parseInt(columns[1]);
            }
        }
        return 0;
    }

    @Override
    public void close() {
        rabbitmqctl("delete_vhost", name);
    }

    private static String rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new AssertionError("rabbitmqctl " + String.join(" ", arguments)
                        + " failed (is RabbitMQ running on 127.0.0.1:5672? `rabbitmq-server -detached`): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("rabbitmqctl " + String.join(" ", arguments) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
