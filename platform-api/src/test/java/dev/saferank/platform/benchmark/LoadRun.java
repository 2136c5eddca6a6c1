package dev.saferank.platform.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Clients that each page through all agencies again and again. The sources are warmed up first
 * (timings dropped); then the measured time is split into rounds in which the sources take turns
 * (API, JDBC, API, JDBC…), so that a slower minute of the machine (a shared virtual machine's
 * neighbours) weighs on both sides of the comparison instead of on one. A client finishes the
 * page it is reading when time is up.
 */
final class LoadRun {

    /**
     * One source's pages over all its measured rounds, their latencies, the CPU time this JVM spent
     * meanwhile (server and clients alike; the database server's own is not in it), and its
     * throughput round by round.
     */
    record Result(
            String name,
            long pages,
            double seconds,
            long[] sortedNanos,
            long cpuNanos,
            double[] roundRates,
            long machineTicks,
            long databaseTicks) {

        double perSecond() {
            return pages / seconds;
        }

        double cpuMillisPerPage() {
            return cpuNanos / 1e6 / Math.max(1, pages);
        }

        /** The whole machine's busy CPU time per page (this JVM, the database, everything); NaN off Linux. */
        double machineMillisPerPage() {
            return machineTicks < 0 ? Double.NaN : machineTicks * TICK_MILLIS / Math.max(1, pages);
        }

        /** The database server's CPU time per page, when it runs on this machine; NaN otherwise. */
        double databaseMillisPerPage() {
            return databaseTicks < 0 ? Double.NaN : databaseTicks * TICK_MILLIS / Math.max(1, pages);
        }

        double millis(double percentile) {
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    /** The results in the order of the sources, and the share of CPU time the hypervisor took meanwhile. */
    record Comparison(List<Result> results, double stealPercent) {}

    private static final int WARM_UP_TURNS = 2;

    /** Linux counts CPU time in ticks of 10 ms (USER_HZ 100). */
    private static final double TICK_MILLIS = 10;

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final int rounds;

    /**
     * @param measured the measured time of each source, split into {@code rounds} turns
     */
    LoadRun(int clients, Duration warmUp, Duration measured, int rounds) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.rounds = rounds;
    }

    /**
     * Warms the sources up, taking turns as well (the JIT compiles code they share, the driver and
     * Jackson, for both), then measures them in alternating rounds.
     */
    Comparison compare(Map<String, PageSource> sources) throws Exception {
        for (int turn = 0; turn < WARM_UP_TURNS; turn++) {
            for (PageSource source : sources.values()) {
                phase(source, warmUp.dividedBy(WARM_UP_TURNS));
            }
        }
        Duration turn = measured.dividedBy(rounds);
        Optional<ProcessHandle> database = databaseServer();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        sources.keySet().forEach(name -> tallies.put(name, new Tally(rounds)));
        long[] ticksBefore = cpuTicks();
        for (int round = 0; round < rounds; round++) {
            for (var source : sources.entrySet()) {
                Tally tally = tallies.get(source.getKey());
                long started = System.nanoTime();
                long cpuStarted = processCpuNanos();
                long[] ticksStarted = cpuTicks();
                long databaseStarted = ticksOf(database);
                List<long[]> perClient = phase(source.getValue(), turn);
                tally.cpuNanos += processCpuNanos() - cpuStarted;
                tally.machineTicks += cpuTicks()[2] - ticksStarted[2];
                tally.databaseTicks += ticksOf(database) - databaseStarted;
                double elapsed = (System.nanoTime() - started) / 1e9;
                tally.seconds += elapsed;
                tally.timings.addAll(perClient);
                tally.rates[round] = perClient.stream().mapToLong(t -> t.length).sum() / elapsed;
            }
        }
        long[] ticksAfter = cpuTicks();
        boolean onLinux = ticksAfter[0] > 0;
        List<Result> results = new ArrayList<>();
        tallies.forEach((name, tally) -> {
            long[] all = tally.timings.stream()
                    .flatMapToLong(Arrays::stream)
                    .sorted()
                    .toArray();
            results.add(new Result(
                    name,
                    all.length,
                    tally.seconds,
                    all,
                    tally.cpuNanos,
                    tally.rates,
                    onLinux ? tally.machineTicks : -1,
                    database.isPresent() ? tally.databaseTicks : -1));
        });
        long total = ticksAfter[0] - ticksBefore[0];
        return new Comparison(results, total <= 0 ? Double.NaN : 100.0 * (ticksAfter[1] - ticksBefore[1]) / total);
    }

    /** One source's measured rounds, added up. */
    private static final class Tally {
        final List<long[]> timings = new ArrayList<>();
        final double[] rates;
        double seconds;
        long cpuNanos;
        long machineTicks;
        long databaseTicks;

        Tally(int rounds) {
            this.rates = new double[rounds];
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The machine's CPU ticks: all of them, those stolen by the hypervisor, and the busy ones (all
     * but idle, I/O wait and stolen). Linux only; zeros elsewhere.
     */
    private static long[] cpuTicks() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long[] values = Arrays.stream(fields, 1, fields.length)
                    .mapToLong(Long::parseLong)
                    .toArray();
            // user nice system idle iowait irq softirq steal guest guest_nice: guests are in user already
            long total = LongStream.of(values).limit(Math.min(8, values.length)).sum();
            long steal = values.length > 7 ? values[7] : 0;
            return new long[] {total, steal, total - values[3] - values[4] - steal};
        } catch (Exception e) {
            return new long[] {0, 0, 0};
        }
    }

    /** The MariaDB/MySQL server's process, when it runs on this machine and its ticks can be read. */
    private static Optional<ProcessHandle> databaseServer() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/mariadbd") || command.endsWith("/mysqld"))
                        .orElse(false))
                .findFirst()
                .filter(process -> ticksOf(Optional.of(process)) >= 0);
    }

    /** A process's CPU ticks (user and system, from /proc); 0 without one, -1 when unreadable. */
    private static long ticksOf(Optional<ProcessHandle> process) {
        if (process.isEmpty()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + process.get().pid() + "/stat"));
            // after the command name "(...)" come state, ppid, … ; utime and stime are the 12th and 13th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            return -1;
        }
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
