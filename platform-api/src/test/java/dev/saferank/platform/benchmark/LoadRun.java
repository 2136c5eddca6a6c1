package dev.saferank.platform.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Clients that each page through all agencies again and again: a warm-up whose timings are
 * dropped, then a measured period. A client finishes the page it is reading when time is up.
 */
final class LoadRun {

    /**
     * Pages read in the measured period, their latencies, and the CPU time this JVM spent meanwhile
     * (server and clients alike; the database server's own is not in it).
     */
    record Result(String name, long pages, double seconds, long[] sortedNanos, long cpuNanos) {

        double perSecond() {
            return pages / seconds;
        }

        double cpuMillisPerPage() {
            return cpuNanos / 1e6 / Math.max(1, pages);
        }

        double millis(double percentile) {
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;

    LoadRun(int clients, Duration warmUp, Duration measured) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    Result run(String name, PageSource source) throws Exception {
        phase(source, warmUp);
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        List<long[]> perClient = phase(source, measured);
        long cpu = processCpuNanos() - cpuStarted;
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, seconds, all, cpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private List<long[]> phase(PageSource source, Duration length) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> client(source, end)));
            }
            List<long[]> timings = new ArrayList<>();
            for (Future<long[]> future : futures) {
                timings.add(future.get(length.toSeconds() + 120, TimeUnit.SECONDS));
            }
            return timings;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(PageSource source, long end) throws Exception {
        long[] nanos = new long[1024];
        int count = 0;
        String cursor = null;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            PageSource.Page page = source.page(cursor);
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = System.nanoTime() - start;
            cursor = page.nextCursor(); // null after the last page: start over
        }
        return Arrays.copyOf(nanos, count);
    }
}
