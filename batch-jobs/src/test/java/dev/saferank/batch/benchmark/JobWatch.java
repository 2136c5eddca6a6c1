package dev.saferank.batch.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the run from outside on the monotonic clock, polling every 100 ms: when it turns running,
 * when it ends, and which step of its job is running meanwhile. The run's own timestamps are wall
 * clock, which this shared machine was seen to step (a run's timestamps spanned 213 s inside a
 * process that lived 186 s), so they are not used for durations.
 */
final class JobWatch implements Runnable {

    private final JdbcTemplate jdbc;
    private final String tenant;
    private final int year;
    private final Map<String, Long> stepNanos = new LinkedHashMap<>();
    private final Map<String, Double> stepJobCpu = new LinkedHashMap<>();
    private final Map<String, Double> stepDbCpu = new LinkedHashMap<>();
    private final long databasePid = ProcessCpu.databaseServer();
    private volatile long jobPid = -1;
    private volatile boolean stopped;
    private long runningAt = -1;
    private long endedAt = -1;
    private volatile long startedAt = -1;
    private double cpuAtRunning = -1;
    /** The service's CPU when the run was queued; -1 for a process started for the run (the CLI). */
    private volatile double cpuAtQueue = -1;

    private long lastProgress;

    JobWatch(JdbcTemplate jdbc, String tenant, int year) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.year = year;
    }

    /** The job's process, whose CPU time is attributed to the step running. */
    void jobProcess(long pid, long startedAtNanos) {
        startedAt = startedAtNanos;
        jobPid = pid;
    }

    /** The resident service that will claim the run queued at {@code queuedAtNanos}. */
    void serviceProcess(long pid, long queuedAtNanos) {
        cpuAtQueue = ProcessCpu.seconds(pid);
        startedAt = queuedAtNanos;
        jobPid = pid;
    }

    @Override
    public void run() {
        long last = System.nanoTime();
        double lastJobCpu = -1;
        double lastDbCpu = ProcessCpu.seconds(databasePid);
        while (!stopped && endedAt < 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            double jobCpu = ProcessCpu.treeSeconds(jobPid);
            double dbCpu = ProcessCpu.seconds(databasePid);
            List<Map<String, Object>> runs = jdbc.queryForList(
                    "SELECT status, job_execution_id, items_done, items_total FROM rating_run WHERE tenant_id = ?"
                            + " AND year = ? ORDER BY id DESC LIMIT 1",
                    tenant,
                    year);
            if (!runs.isEmpty()) {
                String status = String.valueOf(runs.get(0).get("status"));
                if (status.equals("running") && runningAt < 0) {
                    runningAt = now;
                    cpuAtRunning = jobCpu;
                }
                if ((status.equals("completed") || status.equals("failed")) && runningAt >= 0) {
                    endedAt = now;
                }
                progress(now, runs.get(0));
                Object execution = runs.get(0).get("job_execution_id");
                if (runningAt >= 0 && execution != null) {
                    List<String> steps = jdbc.queryForList(
                            "SELECT step_name FROM BATCH_STEP_EXECUTION WHERE job_execution_id = ? AND status = 'STARTED'"
                                    + " AND step_name NOT LIKE '%:%' ORDER BY step_execution_id DESC LIMIT 1",
                            String.class, execution);
                    if (!steps.isEmpty()) {
                        stepNanos.merge(steps.get(0), now - last, Long::sum);
                        if (jobCpu >= 0 && lastJobCpu >= 0) {
                            stepJobCpu.merge(steps.get(0), jobCpu - lastJobCpu, Double::sum);
                        }
                        if (dbCpu >= 0 && lastDbCpu >= 0) {
                            stepDbCpu.merge(steps.get(0), dbCpu - lastDbCpu, Double::sum);
                        }
                    }
                }
            }
            last = now;
            lastJobCpu = jobCpu;
            lastDbCpu = dbCpu;
        }
    }

    /** A line every 2 s while the run is running: the benchmark's own progress (the CLI's bar is in its log). */
    private void progress(long now, Map<String, Object> run) {
        if (runningAt < 0 || now - lastProgress < 2_000_000_000L) {
            return;
        }
        lastProgress = now;
        System.out.printf(
                Locale.ROOT,
                "[benchmark]   run %s: %s/%s agencies, %.1f s%n",
                run.get("status"),
                Objects.toString(run.get("items_done"), "0"),
                Objects.toString(run.get("items_total"), "?"),
                (now - runningAt) / 1e9);
    }

    void stop() {
        stopped = true;
    }

    /** Seconds from running to completed or failed; NaN when not seen. */
    double seconds() {
        return runningAt < 0 || endedAt < 0 ? Double.NaN : (endedAt - runningAt) / 1e9;
    }

    /**
     * The CLI: the job's process from its start until the run turned running (the JVM's start-up, Spring's
     * context, queueing and claiming the run); the service: from the queueing until the run turned running (its
     * worker's next poll and the claim). Seconds and CPU seconds.
     */
    String startUp() {
        if (runningAt < 0 || startedAt < 0) {
            return "start-up not seen";
        }
        return cpuAtQueue < 0
                ? String.format(
                        Locale.ROOT, "start-up %.1f s (CPU %.2f s)", (runningAt - startedAt) / 1e9, cpuAtRunning)
                : String.format(
                        Locale.ROOT,
                        "queued → running %.1f s (CPU %.2f s)",
                        (runningAt - startedAt) / 1e9,
                        cpuAtRunning - cpuAtQueue);
    }

    /**
     * The steps seen running, with their seconds (±0.1 s each) and the CPU seconds the job's process and the
     * database server used meanwhile (±0.01 s a poll; the server's includes anyone else's statements).
     */
    String steps() {
        return stepNanos.entrySet().stream()
                .map(e -> String.format(
                        Locale.ROOT,
                        "%s %.1f s (CPU: job %.2f s, db %.2f s)",
                        e.getKey(),
                        e.getValue() / 1e9,
                        stepJobCpu.getOrDefault(e.getKey(), Double.NaN),
                        stepDbCpu.getOrDefault(e.getKey(), Double.NaN)))
                .collect(Collectors.joining(", "));
    }
}
