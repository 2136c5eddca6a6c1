package dev.saferank.batch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

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
 * I/O floor measured in the same run. Run with {@code ./mvnw -pl batch-jobs -Pbenchmark verify} (see
 * batch-jobs/README.md); {@code -Dbenchmark.agencies}, {@code -Dbenchmark.findingsEach} set the
 * sizes, {@code -Dbenchmark.scheme=foshan} uses the 佛山 2023 scheme (measurements, two exclusions)
 * instead of 泉州's in tenant {@code bench-foshan}, {@code -Dbenchmark.generateOnly=true} only
 * generates. The tenant is reused when one of the same sizes and scheme is already in the benchmark's
 * schema. Prints a summary; fails only when a part fails.
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
    static final boolean REGENERATE = Boolean.getBoolean("benchmark.regenerate");
    static final Path OUTPUT = Path.of(System.getProperty("benchmark.output", "target/benchmark"));

    @Autowired
    DataSource dataSource;

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
        if (REGENERATE || !tenant.isGenerated()) {
            summary.generated(tenant.generate());
        } else {
            System.out.printf(
                    "[benchmark] tenant %s of these sizes is there: reused (-Dbenchmark.regenerate=true to"
                            + " generate it anew)%n",
                    TENANT);
        }
        if (GENERATE_ONLY) {
            System.out.println(summary.render(loadAverage()));
            return;
        }

        var floor = new Floor(dbUrl, dbUsername, dbPassword, TENANT, tenant.year(), tenant.scheme()).run();
        assertThat(floor.agencies()).isEqualTo(AGENCIES);
        summary.floor(floor);
        System.out.printf("[benchmark] floor: %.1f s%n", floor.seconds());

        var job = new JobRun(dataSource, dbUrl, dbUsername, dbPassword, TENANT, tenant.year(), OUTPUT).run();
        summary.job(job);

        String text = summary.render(loadAverage());
        System.out.println(text);
        Files.writeString(OUTPUT.resolve("summary.txt"), text);
        if (job.ran()) {
            assertThat(job.status()).isEqualTo("completed");
            assertThat(job.results()).isEqualTo(AGENCIES);
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
