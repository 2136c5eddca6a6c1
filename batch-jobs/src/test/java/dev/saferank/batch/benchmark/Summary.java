package dev.saferank.batch.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The table printed at the end of a benchmark run: every round, then the best and the spread. */
final class Summary {

    /** Job throughput / floor throughput, in the same round (same data, same load). */
    static final double TARGET_RATIO = 0.7;
    /** The job, run {@code running} → {@code completed}. */
    static final double TARGET_SECONDS = 10;
    /** Peak heap used by the job's JVM. */
    static final double TARGET_HEAP_MIB = 512;

    private final int agencies;
    private final int findingsEach;
    private final double loadAtStart;
    private BenchmarkTenant.Counts generated;
    private final List<JobRun.Result> jobs = new ArrayList<>();
    private final List<Floor.Result> floors = new ArrayList<>();
    private final List<Cpu> floorCpus = new ArrayList<>();
    private String service;

    /** CPU seconds of the floor's thread and of the database server while the floor ran. */
    record Cpu(double floor, double database) {}

    Summary(int agencies, int findingsEach, double loadAtStart) {
        this.agencies = agencies;
        this.findingsEach = findingsEach;
        this.loadAtStart = loadAtStart;
    }

    void generated(BenchmarkTenant.Counts counts) {
        this.generated = counts;
    }

    void round(JobRun.Result job, Floor.Result floor, Cpu floorCpu) {
        jobs.add(job);
        floors.add(floor);
        floorCpus.add(floorCpu);
    }

    /** The job is rated by the resident service started thus (else by the CLI, a fresh JVM per round). */
    void service(String startUp) {
        this.service = startUp;
    }

    List<JobRun.Result> jobs() {
        return jobs;
    }

    /** The distinct checksums of the runs that ran (one when every round gave the same results). */
    Set<String> checksums() {
        Set<String> checksums = new LinkedHashSet<>();
        jobs.stream().filter(JobRun.Result::ran).forEach(job -> checksums.add(String.valueOf(job.checksum())));
        return checksums;
    }

    static double ratio(JobRun.Result job, Floor.Result floor) {
        return floor.seconds() / job.jobSeconds();
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
                        ? ", reused (-Dbenchmark.reuse=true)"
                        : String.format(Locale.ROOT, ", generated in %.1f s: %s", generated.seconds(), generated));
        var os = ManagementFactory.getOperatingSystemMXBean();
        line(
                out,
                "machine: %d cores, Java %s; load average %.2f at start, %.2f at end",
                os.getAvailableProcessors(),
                Runtime.version(),
                loadAtStart,
                loadAtEnd);
        line(
                out,
                "job: %s",
                service == null
                        ? "batch-jobs/rate (the operators' CLI), a fresh JVM per round (-Dbenchmark.job=cli); process s:"
                                + " the CLI's process"
                        : "one resident batch-jobs service (" + service + ") for every round, each run queued through"
                                + " RatingRuns.queue; round 1 is its first run (cold JIT); process s: queued → ended");
        line(
                out,
                "%-6s %9s %9s %10s %9s %9s %12s %12s %9s %s",
                "round",
                "job s",
                "floor s",
                "floor/job",
                "heap MiB",
                "process s",
                "job trail B",
                "floor trail B",
                "redo MiB",
                "load (job start/end)");
        for (int i = 0; i < jobs.size(); i++) {
            JobRun.Result job = jobs.get(i);
            Floor.Result floor = floors.get(i);
            if (!job.ran()) {
                line(out, "%-6d rating job not run: %s", i + 1, job.note());
                continue;
            }
            line(
                    out,
                    "%-6s %9.1f %9.1f %10.2f %9.0f %9.1f %12.0f %12.0f %9.1f %.2f/%.2f",
                    (i + 1) + (i == 0 && generated != null ? "*" : ""),
                    job.jobSeconds(),
                    floor.seconds(),
                    ratio(job, floor),
                    job.peakHeapMiB(),
                    job.processSeconds(),
                    job.trailBytes(),
                    (double) floor.trailBytes() / Math.max(1, floor.resultRows()),
                    job.redoBytes() / 1048576.0,
                    job.loadAtStart(),
                    job.loadAtEnd());
            line(
                    out,
                    "         run %d %s, %,d results, checksum %s; %s; steps: %s",
                    job.runId(),
                    job.status(),
                    job.results(),
                    job.checksum() == null
                            ? "none"
                            : job.checksum()
                                            .substring(
                                                    0,
                                                    Math.min(8, job.checksum().length())) + "…",
                    job.how(),
                    job.steps());
            line(
                    out,
                    "         floor: read %,d fact rows (%.1f s of it), wrote %,d compact result rows; CPU: floor"
                            + " thread %.2f s, db %.2f s",
                    floor.factRows(),
                    floor.readSeconds(),
                    floor.resultRows(),
                    floorCpus.get(i).floor(),
                    floorCpus.get(i).database());
        }
        if (generated != null) {
            line(out, "* round 1's job ran right after the tenant's bulk load (no ANALYZE, nothing settled)");
        }
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).ran()) {
                ran.add(i);
            }
        }
        if (!ran.isEmpty()) {
            int best = ran.stream()
                    .min(Comparator.comparingDouble(i -> jobs.get(i).jobSeconds()))
                    .orElseThrow();
            double worstJob = ran.stream()
                    .mapToDouble(i -> jobs.get(i).jobSeconds())
                    .max()
                    .orElseThrow();
            double bestFloor =
                    floors.stream().mapToDouble(Floor.Result::seconds).min().orElseThrow();
            double worstFloor =
                    floors.stream().mapToDouble(Floor.Result::seconds).max().orElseThrow();
            double bestRatio = ran.stream()
                    .mapToDouble(i -> ratio(jobs.get(i), floors.get(i)))
                    .max()
                    .orElseThrow();
            double worstRatio = ran.stream()
                    .mapToDouble(i -> ratio(jobs.get(i), floors.get(i)))
                    .min()
                    .orElseThrow();
            double peakHeap = ran.stream()
                    .mapToDouble(i -> jobs.get(i).peakHeapMiB())
                    .max()
                    .orElseThrow();
            JobRun.Result b = jobs.get(best);
            line(
                    out,
                    "job: best %.1f s (round %d), worst %.1f s; floor: best %.1f s, worst %.1f s; floor/job per round:"
                            + " best %.2f, worst %.2f",
                    b.jobSeconds(),
                    best + 1,
                    worstJob,
                    bestFloor,
                    worstFloor,
                    bestRatio,
                    worstRatio);
            if (service != null && jobs.get(0).ran()) {
                line(
                        out,
                        "cold service (round 1, its first run): job %.1f s, floor/job %.2f; the others rated after it",
                        jobs.get(0).jobSeconds(),
                        ratio(jobs.get(0), floors.get(0)));
            }
            line(
                    out,
                    "checksums: %s",
                    checksums().size() == 1 ? "the same in every round" : "DIFFER between rounds: " + checksums());
            line(
                    out,
                    "job within %.0f s (best round): %.1f s: %s",
                    TARGET_SECONDS,
                    b.jobSeconds(),
                    met(b.jobSeconds() <= TARGET_SECONDS));
            line(
                    out,
                    "throughput job / floor >= %.2f (best round): %.2f: %s",
                    TARGET_RATIO,
                    bestRatio,
                    met(bestRatio >= TARGET_RATIO));
            line(
                    out,
                    "peak heap <= %.0f MiB (every round, -Xmx%s): %.0f MiB: %s",
                    TARGET_HEAP_MIB,
                    b.maxHeap(),
                    peakHeap,
                    met(peakHeap <= TARGET_HEAP_MIB));
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
