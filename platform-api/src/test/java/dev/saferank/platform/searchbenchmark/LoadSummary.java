package dev.saferank.platform.searchbenchmark;

import dev.saferank.platform.searchbenchmark.SearchMix.Kind;
import java.util.List;
import java.util.Map;

/** The benchmark's figures as Markdown tables, and the cores 500 searches a second need at the measured cost. */
final class LoadSummary {

    static final int PEAK = 500;

    private LoadSummary() {}

    static String of(
            int cities,
            int agencies,
            long documents,
            double loadSeconds,
            Map<Kind, MixCheck.Tally> mix,
            List<LoadLevel> levels) {
        var out = new StringBuilder();
        out.append(String.format(
                "%n=== Public search under load: %,d cities × %,d agencies, %,d documents in saferank-ratings"
                        + " (written and indexed through the outbox in %.0f s); %d cores, %,d citizens ===%n",
                cities, agencies, documents, loadSeconds, ProcessTicks.cores(), Citizens.COUNT));
        out.append("| kind | share % | checked | mean hits | expected agency found |\n|---|---|---|---|---|\n");
        mix.forEach((kind, t) -> out.append(String.format(
                "| %s: %s | %d | %d | %.0f | %s |%n",
                kind,
                kind.what,
                kind.share,
                t.sent,
                t.sent == 0 ? 0.0 : (double) t.totals / t.sent,
                t.expected == 0 ? "" : t.found + " of " + t.expected)));
        out.append("\n| connections | searches/s | p50 ms | p95 ms | p99 ms | max ms | errors (GraphQL/other, 429,"
                + " socket, timeout) | API cores | API CPU ms/search | ES cores | ES CPU ms/search | DB CPU"
                + " ms/search | wrk CPU ms/search | machine busy % | steal % | load average |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (LoadLevel l : levels) {
            var w = l.wrk();
            out.append(String.format(
                    "| %d | %.0f | %.1f | %.1f | %.1f | %.0f | %d, %d, %d, %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |"
                            + " %.0f | %.1f | %s |%n",
                    l.connections(),
                    l.perSecond(),
                    w.p50() / 1e3,
                    w.p95() / 1e3,
                    w.p99() / 1e3,
                    w.max() / 1e3,
                    w.failed(),
                    w.refused(),
                    w.socketErrors(),
                    w.timeouts(),
                    l.cores(l.apiTicks()),
                    l.millisPerSearch(l.apiTicks()),
                    l.cores(l.esTicks()),
                    l.millisPerSearch(l.esTicks()),
                    l.millisPerSearch(l.dbTicks()),
                    l.millisPerSearch(w.ticks()),
                    l.busyPercent(),
                    l.stealPercent(),
                    l.loadAverage()));
        }
        out.append(sizing(levels));
        return out.toString();
    }

    /** CPU a search over every level, and what {@link #PEAK} searches a second keep busy. */
    private static String sizing(List<LoadLevel> levels) {
        long requests = levels.stream().mapToLong(l -> l.wrk().requests()).sum();
        double api = millis(levels.stream().mapToLong(LoadLevel::apiTicks).toArray(), requests);
        double es = millis(levels.stream().mapToLong(LoadLevel::esTicks).toArray(), requests);
        double db = millis(levels.stream().mapToLong(LoadLevel::dbTicks).toArray(), requests);
        return String.format(
                "All levels: %,d searches; CPU a search: API %.2f ms (%.0f searches/s per core), Elasticsearch %.2f ms"
                        + " (%.0f per core), database %.2f ms (the shared server: other builds' statements too)."
                        + "%n%d searches/s keep busy: API %.1f cores, Elasticsearch %.1f cores, database %.1f cores.%n",
                requests,
                api,
                1000 / api,
                es,
                1000 / es,
                db,
                PEAK,
                PEAK * api / 1000,
                PEAK * es / 1000,
                PEAK * db / 1000);
    }

    private static double millis(long[] ticks, long requests) {
        long sum = 0;
        for (long t : ticks) {
            if (t < 0) {
                return Double.NaN;
            }
            sum += t;
        }
        return sum * ProcessTicks.TICK_MILLIS / Math.max(1, requests);
    }
}
