package dev.saferank.batch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) a process has used so far, from Linux's {@code /proc/<pid>/stat}: the measure of
 * a step that a loaded machine does not blur the way it blurs seconds. Also finds the local MariaDB server,
 * whose CPU is the other half of the job's cost. Off Linux, or for a process gone, the time is unknown (-1).
 */
final class ProcessCpu {

    /** USER_HZ: the unit of the stat file's times on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {}

    /** Seconds of CPU the process has used, -1 when unknown. */
    static double seconds(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // fields after the command (in parentheses, which may hold spaces): state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /**
     * Seconds of CPU the process and its descendants have used, -1 when unknown: batch-jobs/rate runs the job's
     * JVM as a child of its shell while it records the AOT cache (README.md, Benchmark), else as itself.
     */
    static double treeSeconds(long pid) {
        double own = seconds(pid);
        if (own < 0) {
            return -1;
        }
        return own
                + ProcessHandle.of(pid).stream()
                        .flatMap(ProcessHandle::descendants)
                        .mapToDouble(child -> Math.max(0, seconds(child.pid())))
                        .sum();
    }

    /** The local database server's process id (mariadbd or mysqld on this machine), -1 when none is seen. */
    static long databaseServer() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld"))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(-1);
    }
}
