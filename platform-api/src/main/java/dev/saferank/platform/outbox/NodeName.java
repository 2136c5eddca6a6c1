package dev.saferank.platform.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This API node's name in the rows it claims ({@code search_outbox.claimed_by}):
 * {@code saferank.node.name}, or host, process id and a random suffix (two nodes in one JVM, as in the
 * tests, still differ).
 */
record NodeName(String value) {

    static NodeName of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new NodeName(configured.strip());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return new NodeName(name.length() > 100 ? name.substring(name.length() - 100) : name);
    }
}
