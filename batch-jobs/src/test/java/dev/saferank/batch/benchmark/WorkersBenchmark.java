package dev.saferank.batch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.servers.spring.RealServersInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The rating job with its partitions on remote workers over RabbitMQ (issue 18, point 5): the tenant of
 * RatingBenchmark (50,000 agencies, 2,000,000 findings; {@code -Dbenchmark.reuse=true} takes the generated
 * one), rated with <b>one</b> worker process and then with <b>two</b>, in the same run, each time by the
 * operators' CLI as the manager ({@code rate --tenant … --year …} with {@code
 * saferank.rating.remote.enabled}, running no partition itself) and {@code -Dbenchmark.partitions}
 * (default 8) partitions per partitioned step. Workers are the batch-jobs application ({@code java -jar
 * batch-jobs-…-exec.jar}, {@code -Dbenchmark.workerThreads} partitions at a time each, default 1; heap
 * {@code -Dbenchmark.jobHeap}) on this machine; RabbitMQ is the one at 127.0.0.1:5672, in a virtual host of
 * this run's own. {@code -Dbenchmark.rounds} (default 1) repeats the pair. Prints (and writes to {@code
 * target/benchmark/workers-summary.txt}) per run the job's time, the load average, and per worker the
 * partitions and agencies it did; fails when a run does not complete or the checksums differ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = RealServersInitializer.class)
class WorkersBenchmark {

    static final int PARTITIONS = Integer.getInteger("benchmark.partitions", 8);
    static final int WORKER_THREADS = Integer.getInteger("benchmark.workerThreads", 1);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1);
    static final String QUEUE = "saferank.rating.partitions";

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository repository;

    @Value("${saferank.db.url}")
    String dbUrl;

    @Value("${saferank.db.username}")
    String dbUsername;

    @Value("${saferank.db.password:}")
    String dbPassword;

    private final List<Process> workers = new ArrayList<>();
    private String vhost;

    /** One rating of the tenant with {@code workers} worker processes. */
    record Run(
            int workers,
            String label,
            JobRun.Result job,
            String checksum,
            Map<String, int[]> perWorker,
            double loadAtStart,
            double loadAtEnd) {}

    @Test
    void oneWorkerThenTwo() throws Exception {
        Path output = RatingBenchmark.OUTPUT;
        Files.createDirectories(output);
        var jdbc = new JdbcTemplate(dataSource);
        var tenant = new BenchmarkTenant(
                dataSource,
                new BenchmarkTenant.Size(
                        RatingBenchmark.TENANT,
                        RatingBenchmark.AGENCIES,
                        RatingBenchmark.FINDINGS_EACH,
                        RatingBenchmark.SEED,
                        RatingBenchmark.SCHEME));
        String generated = "reused (-Dbenchmark.reuse=true)";
        if (!RatingBenchmark.REUSE || !tenant.isGenerated()) {
            var counts = tenant.generate();
            generated = String.format(Locale.ROOT, "generated in %.1f s: %s", counts.seconds(), counts);
        }
        Path jar = applicationJar();
        vhost = "saferank-bench-" + ProcessHandle.current().pid();
        rabbitmqctl("add_vhost", vhost);
        rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
        List<Run> done = new ArrayList<>();
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                for (int count = 1; count <= 2; count++) {
                    String label = "workers" + count + "-" + round;
                    for (int w = 1; w <= count; w++) {
                        startWorker(jar, "worker-" + w, output.resolve("worker-" + w + "-" + label + ".log"));
                    }
                    awaitConsumers(count * WORKER_THREADS);
                    double loadAtStart = RatingBenchmark.loadAverage();
                    System.out.printf(
                            "[benchmark] rating with %d worker(s), %d partitions, load %.1f%n",
                            count, PARTITIONS, loadAtStart);
                    var job = new JobRun(
                                    dataSource,
                                    dbUrl,
                                    dbUsername,
                                    dbPassword,
                                    RatingBenchmark.TENANT,
                                    tenant.year(),
                                    output,
                                    label,
                                    managerEnvironment())
                            .run();
                    double loadAtEnd = RatingBenchmark.loadAverage();
                    String checksum = jdbc.queryForObject(
                            "SELECT checksum FROM rating_run WHERE id = ?", String.class, job.runId());
                    var run =
                            new Run(count, label, job, checksum, perWorker(jdbc, job.runId()), loadAtStart, loadAtEnd);
                    System.out.printf(
                            "[benchmark] %d worker(s): job %.1f s (%s), per worker %s%n",
                            count, job.jobSeconds(), job.status(), shares(run));
                    done.add(run);
                    stopWorkers();
                    if (!"completed".equals(job.status())) {
                        break;
                    }
                }
            }
        } finally {
            stopWorkers();
            rabbitmqctl("delete_vhost", vhost);
        }
        String text = render(done, generated);
        System.out.println(text);
        Files.writeString(output.resolve("workers-summary.txt"), text);
        for (Run run : done) {
            assertThat(run.job().status()).as(run.label()).isEqualTo("completed");
            assertThat(run.job().results()).as(run.label()).isEqualTo(RatingBenchmark.AGENCIES);
            assertThat(run.checksum()).as(run.label()).isEqualTo(done.getFirst().checksum());
            assertThat(run.perWorker().keySet()).as(run.label()).hasSize(run.workers());
        }
        assertThat(done).hasSize(2 * ROUNDS);
    }

    /** Per worker: partitions of both partitioned steps, evaluation partitions, agencies evaluated. */
    private Map<String, int[]> perWorker(JdbcTemplate jdbc, long runId) {
        Map<String, int[]> shares = new TreeMap<>();
        jdbc.query(
                "SELECT s.STEP_EXECUTION_ID, s.STEP_NAME, s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s"
                        + " JOIN rating_run r ON r.job_execution_id = s.JOB_EXECUTION_ID"
                        + " WHERE r.id = ? AND s.STEP_NAME LIKE '%Worker:%'",
                rs -> {
                    var execution = repository.getStepExecution(rs.getLong(1));
                    String worker = execution == null
                            ? "(none)"
                            : execution.getExecutionContext().getString("rating.worker", "(none)");
                    int[] share = shares.computeIfAbsent(worker, w -> new int[3]);
                    share[0]++;
                    if (rs.getString(2).startsWith("ratingEvaluateWorker:")) {
                        share[1]++;
                        share[2] += rs.getInt(3);
                    }
                },
                runId);
        return shares;
    }

    private static String shares(Run run) {
        int partitions = run.perWorker().values().stream().mapToInt(s -> s[0]).sum();
        var out = new StringBuilder();
        run.perWorker()
                .forEach((worker, s) -> out.append(String.format(
                        Locale.ROOT,
                        "%s%s %d of %d partitions (%.0f %%), %d evaluation partitions, %,d agencies",
                        out.isEmpty() ? "" : "; ",
                        worker,
                        s[0],
                        partitions,
                        100.0 * s[0] / partitions,
                        s[1],
                        s[2])));
        return out.toString();
    }

    private static String render(List<Run> runs, String generated) {
        var out = new StringBuilder("\n=== WorkersBenchmark ===\n");
        out.append(String.format(
                Locale.ROOT,
                "data: tenant %s, %,d agencies × %d findings (%s 2023 scheme), %s%n",
                RatingBenchmark.TENANT,
                RatingBenchmark.AGENCIES,
                RatingBenchmark.FINDINGS_EACH,
                RatingBenchmark.SCHEME,
                generated));
        out.append(String.format(
                Locale.ROOT,
                "manager: batch-jobs/rate (-Xmx%s), %d partitions per partitioned step, runs none itself;"
                        + " workers: java -Xmx%s -jar batch-jobs-exec.jar, %d partition(s) at a time each;"
                        + " RabbitMQ 127.0.0.1:5672, vhost of its own; %d cores%n",
                JobRun.MAX_HEAP,
                PARTITIONS,
                JobRun.MAX_HEAP,
                WORKER_THREADS,
                Runtime.getRuntime().availableProcessors()));
        out.append(
                "| workers | run | job s (running → completed) | process s | load start/end | steps | per worker |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Run run : runs) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %.1f | %.1f | %.1f / %.1f | %s | %s |%n",
                    run.workers(),
                    run.label(),
                    run.job().jobSeconds(),
                    run.job().processSeconds(),
                    run.loadAtStart(),
                    run.loadAtEnd(),
                    run.job().steps(),
                    shares(run)));
        }
        Map<Integer, Double> best = new LinkedHashMap<>();
        for (Run run : runs) {
            best.merge(run.workers(), run.job().jobSeconds(), Math::min);
        }
        if (best.containsKey(1) && best.containsKey(2)) {
            out.append(String.format(
                    Locale.ROOT,
                    "best job: 1 worker %.1f s, 2 workers %.1f s (speed-up %.2f); checksums %s%n",
                    best.get(1),
                    best.get(2),
                    best.get(1) / best.get(2),
                    runs.stream().map(Run::checksum).distinct().count() == 1 ? "all equal" : "DIFFER"));
        }
        return out.toString();
    }

    /** The manager's environment: remote partitioning on, no partitions of its own, the broker's vhost. */
    private Map<String, String> managerEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(rabbitEnvironment());
        environment.put("SAFERANK_RATING_REMOTE_ENABLED", "true");
        environment.put("SAFERANK_RATING_REMOTE_WORKER", "false");
        environment.put("SAFERANK_RATING_PARTITIONS", String.valueOf(PARTITIONS));
        return environment;
    }

    private Map<String, String> rabbitEnvironment() {
        return Map.of(
                "SPRING_RABBITMQ_HOST", "127.0.0.1",
                "SPRING_RABBITMQ_PORT", "5672",
                "SPRING_RABBITMQ_USERNAME", "guest",
                "SPRING_RABBITMQ_PASSWORD", "guest",
                "SPRING_RABBITMQ_VIRTUAL_HOST", vhost);
    }

    private void startWorker(Path jar, String name, Path log) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + JobRun.MAX_HEAP,
                "-jar",
                jar.toString(),
                "--server.port=0",
                "--saferank.rating.worker.enabled=false",
                "--saferank.publication.worker.enabled=false",
                "--saferank.rating.remote.enabled=true",
                "--saferank.rating.remote.worker-name=" + name,
                "--saferank.rating.threads=" + WORKER_THREADS);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SAFERANK_DB_URL", dbUrl);
        builder.environment().put("SAFERANK_DB_USERNAME", dbUsername);
        builder.environment().put("SAFERANK_DB_PASSWORD", dbPassword);
        builder.environment().putAll(rabbitEnvironment());
        System.out.printf("[benchmark] worker %s: %s (log %s)%n", name, String.join(" ", command), log);
        workers.add(builder.start());
    }

    private void stopWorkers() throws InterruptedException {
        for (Process worker : workers) {
            worker.destroy();
        }
        for (Process worker : workers) {
            worker.waitFor();
        }
        workers.clear();
    }

    /** Waits until {@code n} consumers take from the partition queue (the workers are up). */
    private void awaitConsumers(int n) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            for (String line : rabbitmqctl(
                            "list_queues", "-p", vhost, "--quiet", "--no-table-headers", "name", "consumers")
                    .split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length == 2 && columns[0].equals(QUEUE) && Integer.parseInt(columns[1]) >= n) {
                    return;
                }
            }
            for (Process worker : workers) {
                if (!worker.isAlive()) {
                    throw new AssertionError("a worker ended (exit " + worker.exitValue() + ") before it consumed: see "
                            + RatingBenchmark.OUTPUT + "/worker-*.log");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the workers did not consume " + QUEUE + " within 5 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static String rabbitmqctl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new AssertionError("rabbitmqctl " + String.join(" ", arguments)
                    + " failed (is RabbitMQ running on 127.0.0.1:5672? `rabbitmq-server -detached`): " + output);
        }
        return output;
    }

    private static Path applicationJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith("batch-jobs-") && name.endsWith("-exec.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "no batch-jobs application jar in target/ (the benchmark runs after package)"))
                    .toAbsolutePath();
        }
    }
}
