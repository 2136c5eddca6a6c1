package dev.saferank.batch.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The table printed at the end of a benchmark run. */
final class Summary {

    static final double TARGET_RATIO = 0.5;
    static final double TARGET_SECONDS = 60;
    static final double TARGET_HEAP_MIB = 1024;

    private final int agencies;
    private final int findingsEach;
    private final double loadAtStart;
    private BenchmarkTenant.Counts generated;
    private Floor.Result floor;
    private JobRun.Result job;

    Summary(int agencies, int findingsEach, double loadAtStart) {
        this.agencies = agencies;
        this.findingsEach = findingsEach;
        this.loadAtStart = loadAtStart;
    }

    void generated(BenchmarkTenant.Counts counts) {
        this.generated = counts;
    }

    void floor(Floor.Result result) {
        this.floor = result;
    }

    void job(JobRun.Result result) {
        this.job = result;
    }

    String render(double loadAtEnd) {
        var out = new StringBuilder("\n=== RatingBenchmark ===\n");
        line(
                out,
                "data: tenant %s, %,d agencies × %d findings = %,d findings (%s 2023 scheme)%s",
                RatingBenchmark.TENANT,
                agencies,
                findingsEach,
                (long) agencies * findingsEach,
                RatingBenchmark.SCHEME,
                generated == null
                        ? ", reused"
                        : String.format(Locale.ROOT, ", generated in %.1f s: %s", generated.seconds(), generated));
        var os = ManagementFactory.getOperatingSystemMXBean();
        line(
                out,
                "machine: %d cores, Java %s; load average %.2f at start, %.2f at end",
                os.getAvailableProcessors(),
                Runtime.version(),
                loadAtStart,
                loadAtEnd);
        if (floor != null) {
            line(out, "%-34s %9s %12s %12s", "", "seconds", "agencies/s", "rows/s");
            line(
                    out,
                    "%-34s %9.1f %12.0f %12.0f",
                    "floor (plain JDBC, 1 thread)",
                    floor.seconds(),
                    floor.agenciesPerSecond(),
                    floor.rowsPerSecond());
            line(
                    out,
                    "  read %,d fact rows (%.1f s of it), wrote %,d result rows (trail %.0f characters on average)",
                    floor.factRows(),
                    floor.readSeconds(),
                    floor.resultRows(),
                    (double) floor.trailBytes() / Math.max(1, floor.resultRows()));
        }
        if (job != null && job.ran()) {
            line(
                    out,
                    "%-34s %9.1f %12.0f %12s",
                    "rating job (" + job.how() + ")",
                    job.jobSeconds(),
                    job.results() / job.jobSeconds(),
                    floor == null
                            ? ""
                            : String.format(
                                    Locale.ROOT, "%.0f", (floor.factRows() + job.results()) / job.jobSeconds()));
            line(
                    out,
                    "  run %d %s, %,d results (trail %.0f characters on average); process %.1f s (JVM start to exit);"
                            + " peak heap used %.0f MiB of %s",
                    job.runId(),
                    job.status(),
                    job.results(),
                    job.trailBytes(),
                    job.processSeconds(),
                    job.peakHeapMiB(),
                    job.maxHeap());
            line(out, "  steps: %s", job.steps());
            line(
                    out,
                    "  load average %.2f at job start, %.2f at job end; GC log %s%s",
                    job.loadAtStart(),
                    job.loadAtEnd(),
                    job.gcLog(),
                    job.jfr() == null ? "" : "; JFR " + job.jfr());
            if (floor != null) {
                double ratio = (job.results() / job.jobSeconds()) / floor.agenciesPerSecond();
                line(
                        out,
                        "throughput job / floor: %.2f (target >= %.2f: %s)",
                        ratio,
                        TARGET_RATIO,
                        met(ratio >= TARGET_RATIO));
            }
            line(
                    out,
                    "job within %.0f s: %.1f s of the job, %.1f s with JVM start (target: %s)",
                    TARGET_SECONDS,
                    job.jobSeconds(),
                    job.processSeconds(),
                    met(job.processSeconds() <= TARGET_SECONDS));
            line(
                    out,
                    "peak heap: %.0f MiB (target < %.0f MiB: %s)",
                    job.peakHeapMiB(),
                    TARGET_HEAP_MIB,
                    met(job.peakHeapMiB() < TARGET_HEAP_MIB));
        } else if (job != null) {
            line(out, "rating job: not run: %s", job.note());
        }
        return out.toString();
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
