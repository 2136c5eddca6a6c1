package dev.saferank.batch.benchmark;

import java.util.Locale;

/** Progress lines on standard output, with the seconds since the start. */
final class Progress {

    private final String name;
    private final long start = System.nanoTime();

    Progress(String name) {
        this.name = name;
    }

    void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%s %6.1f s] %s%n", name, seconds(), String.format(Locale.ROOT, format, args));
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
