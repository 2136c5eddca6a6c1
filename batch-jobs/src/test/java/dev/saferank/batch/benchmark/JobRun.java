package dev.saferank.batch.benchmark;

import dev.saferank.rating.run.RatingRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of the rating job, either queued through {@code RatingRuns.queue} (the one entry point of every run)
 * and claimed by the resident batch-jobs service ({@link RatingService}, the default: how a bureau's run is
 * rated in production), or started by the operators' CLI ({@code batch-jobs/rate --tenant … --year …}) in a
 * fresh JVM of its own ({@code -Dbenchmark.job=cli}); either JVM has {@code -Xmx512m} and a GC log, whose
 * pauses give the peak heap used. {@code -Dbenchmark.jfr=true} also records a flight recording.
 */
final class JobRun {

    /** What the run did; {@code ran} false (with a note) when the job is not there. */
    record Result(
            boolean ran,
            String note,
            String how,
            long runId,
            String status,
            long results,
            double trailBytes,
            long redoBytes,
            String steps,
            double jobSeconds,
            double processSeconds,
            double peakHeapMiB,
            String maxHeap,
            String checksum,
            double loadAtStart,
            double loadAtEnd,
            Path gcLog,
            Path jfr) {

        static Result notRun(String note) {
            return new Result(false, note, "", 0, "", 0, 0, 0, "", 0, 0, 0, "", null, 0, 0, null, null);
        }
    }

    static final String MAX_HEAP = System.getProperty("benchmark.jobHeap", "512m");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern GC_UPTIME = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s\\]");

    private final JdbcTemplate jdbc;
    private final String dbUrl;
    private final String dbUsername;
    private final String dbPassword;
    private final String tenant;
    private final int year;
    private final Path output;
    private final String label;
    private final Map<String, String> environment;

    JobRun(
            DataSource dataSource,
            String dbUrl,
            String dbUsername,
            String dbPassword,
            String tenant,
            int year,
            Path output,
            int round) {
        this(dataSource, dbUrl, dbUsername, dbPassword, tenant, year, output, String.valueOf(round), Map.of());
    }

    /**
     * @param label names the run's files ({@code rating-cli-<label>.log}, …)
     * @param environment more of the CLI's environment (WorkersBenchmark: remote partitioning, the broker)
     */
    JobRun(
            DataSource dataSource,
            String dbUrl,
            String dbUsername,
            String dbPassword,
            String tenant,
            int year,
            Path output,
            String label,
            Map<String, String> environment) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dbUrl = dbUrl;
        this.dbUsername = dbUsername;
        this.dbPassword = dbPassword;
        this.tenant = tenant;
        this.year = year;
        this.output = output;
        this.label = label;
        this.environment = environment;
    }

    Result run() throws IOException, InterruptedException, SQLException {
        Optional<Path> jar = applicationJar();
        if (jar.isEmpty()) {
            return Result.notRun("no batch-jobs application jar in target/ (the benchmark runs after package)");
        }
        if (!hasRatingCli()) {
            return Result.notRun("the rating job and its CLI are not in this build yet");
        }
        forgetEarlierRuns();
        Path gcLog = output.resolve("rating-gc-" + label + ".log").toAbsolutePath();
        Path jfr = Boolean.getBoolean("benchmark.jfr")
                ? output.resolve("rating-" + label + ".jfr").toAbsolutePath()
                : null;
        Files.deleteIfExists(gcLog);
        // JVM options reach the operators' script (which execs java -jar) through JAVA_TOOL_OPTIONS
        String jvmOptions = "-Xmx" + MAX_HEAP + " -Xlog:gc:file=" + gcLog + ":uptime"
                + (jfr == null ? "" : " -XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        List<String> command = new ArrayList<>();
        Path script = Path.of("rate").toAbsolutePath();
        if (Files.isExecutable(script)) {
            command.add(script.toString());
        } else {
            command.addAll(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.get().toString(),
                    "rate"));
        }
        command.addAll(List.of("--tenant", tenant, "--year", String.valueOf(year)));
        String jvm = aotCache(script);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.resolve("rating-cli-" + label + ".log").toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        builder.environment().put("SAFERANK_DB_URL", dbUrl);
        builder.environment().put("SAFERANK_DB_USERNAME", dbUsername);
        builder.environment().put("SAFERANK_DB_PASSWORD", dbPassword);
        builder.environment().putAll(environment);
        System.out.printf(
                "[benchmark] rating job: JAVA_TOOL_OPTIONS=\"%s\" %s%n", jvmOptions, String.join(" ", command));
        double loadAtStart = RatingBenchmark.loadAverage();
        var watch = new JobWatch(jdbc, tenant, year);
        Thread watching = Thread.ofPlatform().daemon().name("job-watch").start(watch);
        long lsnAtStart = redoLsn(jdbc);
        long start = System.nanoTime();
        Process process = builder.start();
        watch.jobProcess(process.pid(), start);
        int exit = process.waitFor();
        double processSeconds = (System.nanoTime() - start) / 1e9;
        long redoBytes = redoLsn(jdbc) - lsnAtStart;
        watch.stop();
        watching.join(5000);
        double loadAtEnd = RatingBenchmark.loadAverage();
        if (exit != 0) {
            System.out.println(Files.readString(output.resolve("rating-cli-" + label + ".log")));
        }
        return result(
                "exit code " + exit,
                jvm + ", " + watch.startUp(),
                watch,
                redoBytes,
                processSeconds,
                peakHeapMiB(gcLog, 0),
                loadAtStart,
                loadAtEnd,
                gcLog,
                jfr);
    }

    /**
     * The run queued through the one entry point every run uses ({@code RatingRuns.queue}, as the console's
     * {@code startRating} and the campaign schedule queue theirs) and claimed by the resident service's rating
     * worker; its JVM's CPU is counted only while a step of this run is running, its peak heap from the GC log
     * pauses from the queueing on.
     *
     * @param earlierRuns the runs this service rated before (0: its first, with a cold JIT)
     */
    Result runIn(RatingService service, RatingRuns runs, int earlierRuns) throws InterruptedException {
        if (!service.alive()) {
            return Result.notRun("the rating service has stopped (" + service.log() + ")");
        }
        forgetEarlierRuns();
        double loadAtStart = RatingBenchmark.loadAverage();
        var watch = new JobWatch(jdbc, tenant, year);
        long lsnAtStart = redoLsn(jdbc);
        long queuedAt = System.nanoTime();
        watch.serviceProcess(service.pid(), queuedAt);
        Thread watching = Thread.ofPlatform().daemon().name("job-watch").start(watch);
        long runId =
                runs.queue(tenant, year, "benchmark", "基准测试第 " + label + " 轮").id();
        System.out.printf("[benchmark] rating run %d queued (RatingRuns.queue) for the rating service%n", runId);
        while (!watching.join(Duration.ofSeconds(1))) {
            if (!service.alive()) {
                watch.stop();
                break;
            }
        }
        double totalSeconds = (System.nanoTime() - queuedAt) / 1e9;
        long redoBytes = redoLsn(jdbc) - lsnAtStart;
        double loadAtEnd = RatingBenchmark.loadAverage();
        String how = "resident service, "
                + (earlierRuns == 0
                        ? "its first run (cold JIT)"
                        : "rated " + earlierRuns + " run" + (earlierRuns == 1 ? "" : "s") + " before")
                + ", " + watch.startUp();
        double peak;
        try {
            peak = peakHeapMiB(service.gcLog(), service.uptime(queuedAt));
        } catch (IOException unreadable) {
            peak = Double.NaN;
        }
        return result(
                "queued → ended " + String.format(Locale.ROOT, "%.1f s", totalSeconds),
                how,
                watch,
                redoBytes,
                totalSeconds,
                peak,
                loadAtStart,
                loadAtEnd,
                service.gcLog(),
                null);
    }

    private Result result(
            String note,
            String how,
            JobWatch watch,
            long redoBytes,
            double processSeconds,
            double peakHeapMiB,
            double loadAtStart,
            double loadAtEnd,
            Path gcLog,
            Path jfr) {
        var run = jdbc.queryForMap(
                "SELECT id, status, checksum FROM rating_run WHERE tenant_id = ? AND year = ? ORDER BY id DESC LIMIT 1",
                tenant,
                year);
        long runId = ((Number) run.get("id")).longValue();
        var written = jdbc.queryForMap(
                "SELECT COUNT(*) AS results, AVG(LENGTH(trail)) AS trail FROM rating_result WHERE tenant_id = ? AND run_id = ?",
                tenant,
                runId);
        long results = ((Number) written.get("results")).longValue();
        double trailBytes = written.get("trail") == null ? 0 : ((Number) written.get("trail")).doubleValue();
        return new Result(
                true,
                note,
                how,
                runId,
                String.valueOf(run.get("status")),
                results,
                trailBytes,
                redoBytes,
                watch.steps(),
                watch.seconds(),
                processSeconds,
                peakHeapMiB,
                MAX_HEAP,
                (String) run.get("checksum"),
                loadAtStart,
                loadAtEnd,
                gcLog,
                jfr);
    }

    /**
     * InnoDB's log sequence number: the redo bytes the server has generated so far. Its growth over the job's
     * process is the redo the job wrote, plus whatever else the server wrote meanwhile (on a shared machine,
     * other builds' databases: read it on a quiet one).
     */
    static long redoLsn(JdbcTemplate jdbc) {
        return jdbc.query(
                "SHOW GLOBAL STATUS LIKE 'Innodb_lsn_current'", rs -> rs.next() ? Long.parseLong(rs.getString(2)) : 0L);
    }

    /**
     * The largest heap occupancy any collection found (before or after collecting), in MiB, of the collections
     * logged from the JVM's uptime {@code fromUptime} on (0: all).
     */
    static double peakHeapMiB(Path gcLog, double fromUptime) throws IOException {
        if (!Files.exists(gcLog)) {
            return Double.NaN;
        }
        double peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            var uptime = GC_UPTIME.matcher(line);
            if (uptime.find() && Double.parseDouble(uptime.group(1)) < fromUptime) {
                continue;
            }
            var matcher = GC_PAUSE.matcher(line);
            while (matcher.find()) {
                peak = Math.max(
                        peak, Math.max(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))));
            }
        }
        return peak;
    }

    /** The tenant's earlier runs and results go: the benchmark tenant keeps only the last run. */
    private void forgetEarlierRuns() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name IN ('objection', 'rating_notice', 'rating_rank_value', 'rating_total',"
                        + " 'rating_result', 'rating_run') ORDER BY FIELD(table_name, 'objection', 'rating_notice',"
                        + " 'rating_rank_value', 'rating_total', 'rating_result', 'rating_run')",
                String.class);
        for (String table : tables) {
            int deleted;
            do {
                deleted = jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ? LIMIT 20000", tenant);
            } while (deleted > 0);
        }
    }

    /**
     * Whether batch-jobs/rate starts the job from its AOT cache (JDK 25+), records it in this run (the first
     * after a build), or runs without (SAFERANK_RATE_AOT=off, an older JDK, no script).
     */
    private static String aotCache(Path script) {
        if (!Files.isExecutable(script) || "off".equals(System.getenv("SAFERANK_RATE_AOT"))) {
            return "JVM without AOT cache";
        }
        if (Runtime.version().feature() < 25) {
            return "JVM without AOT cache (JDK " + Runtime.version().feature() + ")";
        }
        return Files.exists(Path.of("target", "rate-aot", "rate.aot"))
                ? "JVM from the AOT cache"
                : "JVM recording the AOT cache (no cache yet)";
    }

    private static boolean hasRatingCli() {
        try {
            Class.forName("dev.saferank.batch.rating.RatingJobConfiguration");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static Optional<Path> applicationJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith("batch-jobs-") && name.endsWith("-exec.jar");
                    })
                    .findFirst();
        }
    }
}
