package dev.saferank.servers;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something another process or thread does: polled, with a deadline that names it. */
public final class Waiting {

    private Waiting() {}

    /** Polls {@code condition} every 200 ms until it holds; fails naming {@code what} after {@code timeout}. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, Duration.ofMillis(200), what, condition);
    }

    /** Polls {@code condition} every {@code poll} until it holds; fails naming {@code what} after {@code timeout}. */
    public static void until(Duration timeout, Duration poll, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
