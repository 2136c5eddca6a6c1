package dev.saferank.platform.searchbenchmark;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines of a long run, with the time of day; {@link #sayEvery} at most once per interval. */
final class Progress {

    private long lastSaid;

    void say(String format, Object... args) {
        System.out.printf(
                "[search-benchmark %s] %s%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), String.format(format, args));
        System.out.flush();
        lastSaid = System.nanoTime();
    }

    void sayEvery(Duration interval, String format, Object... args) {
        if (System.nanoTime() - lastSaid >= interval.toNanos()) {
            say(format, args);
        }
    }
}
