package dev.saferank.batch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The annual rating job on a generated tenant of 50,000 agencies and 2,000,000 findings, against the
 * I/O floor measured in the same rounds (see batch-jobs/README.md for the command);
 * {@code -Dbenchmark.agencies}, {@code -Dbenchmark.findingsEach} set the sizes, {@code -Dbenchmark.scheme=foshan}
 * uses the 佛山 2023 scheme (measurements, two exclusions) instead of 泉州's in tenant {@code bench-foshan},
 * {@code -Dbenchmark.generateOnly=true} only generates. The tenant is generated anew unless
 * {@code -Dbenchmark.reuse=true}; then {@code -Dbenchmark.rounds} (default 2) rounds of job and floor, the
 * first job right after the bulk load. The job is rated by one resident batch-jobs service started for the whole
 * benchmark, each round's run queued through {@code RatingRuns.queue} (the default, as in production: round 1 is
 * the service's first run), or with {@code -Dbenchmark.job=cli} by the operators' CLI in a fresh JVM per round.
 * Prints a summary (each round, best and spread); fails only when a part fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = RealServersInitializer.class)
class RatingBenchmark {

    static final String SCHEME = System.getProperty("benchmark.scheme", "quanzhou");
    static final String TENANT =
            System.getProperty("benchmark.tenant", SCHEME.equals("quanzhou") ? "bench" : "bench-" + SCHEME);
    static final int AGENCIES = Integer.getInteger("benchmark.agencies", 50_000);
    static final int FINDINGS_EACH = Integer.getInteger("benchmark.findingsEach", 40);
    static final long SEED = Long.getLong("benchmark.seed", 1);
    static final boolean GENERATE_ONLY = Boolean.getBoolean("benchmark.generateOnly");
    /** Reuse a generated tenant of the same sizes instead of generating it anew (the default regenerates). */
    static final boolean REUSE = Boolean.getBoolean("benchmark.reuse");
    /** Rounds of job + floor; the first job runs right after the bulk load (nothing analysed or settled). */
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    /** {@code service} (the default): one resident batch-jobs service rates every round; {@code cli}: batch-jobs/rate. */
    static final String JOB = System.getProperty("benchmark.job", "service");

    static final Path OUTPUT = Path.of(System.getProperty("benchmark.output", "target/benchmark"));

    @Autowired
    DataSource dataSource;

    @Autowired
    RatingRuns runs;

    @Value("${saferank.db.url}")
    String dbUrl;

    @Value("${saferank.db.username}")
    String dbUsername;

    @Value("${saferank.db.password:}")
    String dbPassword;

    @Test
    void ratingJobAgainstTheFloor() throws Exception {
        Files.createDirectories(OUTPUT);
        var summary = new Summary(AGENCIES, FINDINGS_EACH, loadAverage());
        var tenant = new BenchmarkTenant(
                dataSource, new BenchmarkTenant.Size(TENANT, AGENCIES, FINDINGS_EACH, SEED, SCHEME));
        if (!REUSE || !tenant.isGenerated()) {
            summary.generated(tenant.generate());
        } else {
            System.out.printf(
                    "[benchmark] tenant %s of these sizes is there: reused (-Dbenchmark.reuse=true asked for it)%n",
                    TENANT);
        }
        if (GENERATE_ONLY) {
            System.out.println(summary.render(loadAverage()));
            return;
        }

        // each round: the job, then the floor on the same data; round 1's job right after the bulk load
        RatingService service = null;
        if (JOB.equals("service")) {
            service = RatingService.start(JobRun.applicationJar().orElseThrow(), dbUrl, dbUsername, dbPassword, OUTPUT);
            summary.service(service.startUp());
        } else if (!JOB.equals("cli")) {
            throw new IllegalArgumentException("-Dbenchmark.job is service or cli, not " + JOB);
        }
        try {
            rounds(tenant, summary, service);
        } finally {
            if (service != null) {
                service.close();
            }
        }

        String text = summary.render(loadAverage());
        System.out.println(text);
        Files.writeString(OUTPUT.resolve("summary.txt"), text);
        for (JobRun.Result job : summary.jobs()) {
            if (job.ran()) {
                assertThat(job.status()).isEqualTo("completed");
                assertThat(job.results()).isEqualTo(AGENCIES);
            }
        }
        assertThat(summary.jobs()).isNotEmpty();
        assertThat(summary.checksums()).as("the run's checksum in every round").hasSize(1);
    }

    private void rounds(BenchmarkTenant tenant, Summary summary, RatingService service) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            var run = new JobRun(dataSource, dbUrl, dbUsername, dbPassword, TENANT, tenant.year(), OUTPUT, round);
            var job = service == null ? run.run() : run.runIn(service, runs, round - 1);
            System.out.printf("[benchmark] round %d: job %.1f s (%s)%n", round, job.jobSeconds(), job.status());
            var threads = ManagementFactory.getThreadMXBean();
            long database = ProcessCpu.databaseServer();
            long floorCpuAtStart = threads.getCurrentThreadCpuTime();
            double dbCpuAtStart = ProcessCpu.seconds(database);
            var floor = new Floor(dbUrl, dbUsername, dbPassword, TENANT, tenant.year(), tenant.scheme()).run();
            var floorCpu = new Summary.Cpu(
                    (threads.getCurrentThreadCpuTime() - floorCpuAtStart) / 1e9,
                    ProcessCpu.seconds(database) - dbCpuAtStart);
            assertThat(floor.agencies()).isEqualTo(AGENCIES);
            System.out.printf("[benchmark] round %d: floor %.1f s%n", round, floor.seconds());
            summary.round(job, floor, floorCpu);
            if (!job.ran()) {
                break;
            }
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
