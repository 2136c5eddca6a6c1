package dev.saferank.platform.benchmark;

import java.util.List;
import java.util.Locale;

/** The table printed at the end of a benchmark run. */
final class Summary {

    private Summary() {}

    static String of(double loadSeconds, int findings, int poolSize, LoadRun.Comparison comparison, int agencies) {
        List<LoadRun.Result> results = comparison.results();
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
                "load: %d clients, pages of %d agencies with their findings, %d s warm-up + %d s measured each"
                        + " (in %d alternating rounds); JDBC pool %d (the app's)%n",
                AgencyPageBenchmark.CLIENTS,
                AgencyPageBenchmark.PAGE,
                AgencyPageBenchmark.WARM_UP.toSeconds(),
                AgencyPageBenchmark.MEASURED.toSeconds(),
                AgencyPageBenchmark.ROUNDS,
                poolSize));
        out.append(String.format(
                Locale.ROOT,
                "%-20s %10s %10s %10s %10s %10s %12s %12s %12s%n",
                "",
                "pages",
                "pages/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "JVM CPU ms/p",
                "DB CPU ms/p",
                "all CPU ms/p"));
        for (LoadRun.Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-20s %10d %10.1f %10.1f %10.1f %10.1f %12.1f %12.1f %12.1f%n",
                    r.name(),
                    r.pages(),
                    r.perSecond(),
                    r.millis(50),
                    r.millis(95),
                    r.millis(99),
                    r.cpuMillisPerPage(),
                    r.databaseMillisPerPage(),
                    r.machineMillisPerPage()));
        }
        double ratio = results.get(0).perSecond() / results.get(1).perSecond();
        out.append(String.format(
                Locale.ROOT,
                "throughput API / JDBC: %.2f (target >= 0.50: %s)%n",
                ratio,
                ratio >= 0.5 ? "met" : "NOT met"));
        var rounds = new StringBuilder();
        for (int i = 0; i < results.get(0).roundRates().length; i++) {
            double api = results.get(0).roundRates()[i];
            double jdbc = results.get(1).roundRates()[i];
            rounds.append(
                    String.format(Locale.ROOT, "%s%.0f / %.0f = %.2f", i == 0 ? "" : ", ", api, jdbc, api / jdbc));
        }
        out.append("round by round (pages/s API / JDBC): ").append(rounds).append('\n');
        out.append("both produced the same agencies with the same finding counts\n");
        out.append(
                "JVM CPU ms/p: this JVM's CPU time (server and clients) per page, the database server's not counted;"
                        + " DB CPU: the MariaDB/MySQL server's, when it runs on this machine; all CPU: the whole machine's busy time\n");
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        out.append(String.format(
                Locale.ROOT,
                "machine: %d cores, load average %.2f at the end, CPU stolen by the hypervisor while measuring %.1f %%;"
                        + " Java %s%n",
                os.getAvailableProcessors(),
                os.getSystemLoadAverage(),
                comparison.stealPercent(),
                Runtime.version()));
        return out.toString();
    }
}
