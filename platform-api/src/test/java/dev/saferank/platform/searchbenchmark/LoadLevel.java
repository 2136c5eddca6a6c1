package dev.saferank.platform.searchbenchmark;

import java.util.OptionalLong;

/**
 * One concurrency level of the load: wrk's outcome and the CPU ticks each process spent meanwhile (the
 * API is this JVM: the Spring Boot app under test, its test code idle while wrk runs), the machine's busy
 * and stolen share, and the load average at its end.
 */
record LoadLevel(
        int connections,
        Wrk.Outcome wrk,
        long apiTicks,
        long esTicks,
        long dbTicks,
        double busyPercent,
        double stealPercent,
        String loadAverage) {

    /** The processes whose CPU is measured, found once. */
    record Servers(OptionalLong api, OptionalLong elasticsearch, OptionalLong database) {}

    static LoadLevel measure(Servers servers, int connections, int seconds, Wrk wrk, Progress progress)
            throws Exception {
        long api = ProcessTicks.of(servers.api());
        long es = ProcessTicks.of(servers.elasticsearch());
        long db = ProcessTicks.of(servers.database());
        long[] machine = ProcessTicks.machine();
        Wrk.Outcome outcome = wrk.run(connections, seconds, progress);
        long[] after = ProcessTicks.machine();
        long all = after[0] - machine[0];
        return new LoadLevel(
                connections,
                outcome,
                delta(api, ProcessTicks.of(servers.api())),
                delta(es, ProcessTicks.of(servers.elasticsearch())),
                delta(db, ProcessTicks.of(servers.database())),
                all <= 0 ? Double.NaN : 100.0 * (after[2] - machine[2]) / all,
                all <= 0 ? Double.NaN : 100.0 * (after[1] - machine[1]) / all,
                ProcessTicks.loadAverage());
    }

    private static long delta(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    double perSecond() {
        return wrk.requests() / wrk.seconds();
    }

    /** CPU milliseconds of a process per search; NaN when unknown. */
    double millisPerSearch(long ticks) {
        return ticks < 0 ? Double.NaN : ticks * ProcessTicks.TICK_MILLIS / Math.max(1, wrk.requests());
    }

    /** Cores a process kept busy on average. */
    double cores(long ticks) {
        return ticks < 0 ? Double.NaN : ticks * ProcessTicks.TICK_MILLIS / 1000 / wrk.seconds();
    }

    long errors() {
        return wrk.failed() + wrk.refused() + wrk.socketErrors() + wrk.timeouts();
    }
}
