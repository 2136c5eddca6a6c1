package dev.saferank.platform.benchmark;

import java.util.List;
import java.util.Locale;

/** The table printed at the end of a benchmark run. */
final class Summary {

    private Summary() {}

    static String of(double loadSeconds, int findings, int poolSize, List<LoadRun.Result> results, int agencies) {
        var out = new StringBuilder("\n=== AgencyPageBenchmark ===\n");
        out.append(String.format(
                Locale.ROOT,
                "data: %d agencies, %d findings (tenant %s, year %d), loaded in %.1f s%n",
                agencies,
                findings,
                AgencyPageBenchmark.TENANT,
                AgencyPageBenchmark.YEAR,
                loadSeconds));
        out.append(String.format(
                Locale.ROOT,
                "load: %d clients, pages of %d agencies with their findings, %d s warm-up + %d s measured each;"
                        + " JDBC pool %d (the app's)%n",
                AgencyPageBenchmark.CLIENTS,
                AgencyPageBenchmark.PAGE,
                AgencyPageBenchmark.WARM_UP.toSeconds(),
                AgencyPageBenchmark.MEASURED.toSeconds(),
                poolSize));
        out.append(String.format(
                Locale.ROOT,
                "%-20s %10s %10s %10s %10s %10s %12s%n",
                "",
                "pages",
                "pages/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "JVM CPU ms/p"));
        for (LoadRun.Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-20s %10d %10.1f %10.1f %10.1f %10.1f %12.1f%n",
                    r.name(),
                    r.pages(),
                    r.perSecond(),
                    r.millis(50),
                    r.millis(95),
                    r.millis(99),
                    r.cpuMillisPerPage()));
        }
        double ratio = results.get(0).perSecond() / results.get(1).perSecond();
        out.append(String.format(
                Locale.ROOT,
                "throughput API / JDBC: %.2f (target >= 0.50: %s)%n",
                ratio,
                ratio >= 0.5 ? "met" : "NOT met"));
        out.append("both produced the same agencies with the same finding counts\n");
        out.append(
                "JVM CPU ms/p: this JVM's CPU time (server and clients) per page, the database server's not counted\n");
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        out.append(String.format(
                Locale.ROOT,
                "machine: %d cores, load average %.2f at the end; Java %s%n",
                os.getAvailableProcessors(),
                os.getSystemLoadAverage(),
                Runtime.version()));
        return out.toString();
    }
}
