package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Restartable and idempotent (issue 5, point 2): the batch-jobs app runs {@code rate} as a separate JVM
 * and is killed with kill -9 (SIGKILL: no shutdown hook, no listener) three times — between two steps,
 * inside a chunk of the evaluation (the chunk's rows written but not committed), and between the
 * evaluation and the rank step (ranks and checksum) — each time restarted with the documented command {@code rate --restart
 * --run <id>}. The run then has exactly the rows, totals, grades, ranks, trails and checksum of an
 * uninterrupted run on the same facts: nothing duplicated, nothing missing.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class RestartAfterKillIT {

    static final int AGENCIES = 240;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    Environment environment;

    @Test
    void aRunKilledBetweenStepsAndInsideAChunkRestartsToTheUninterruptedResult() throws Exception {
        var data = new RatingData(jdbc, "kill").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        seed(data);
        RatingRun reference = new RatingRunner(runs, launcher).rate(data.tenant, 2023);
        assertThat(reference.itemsDone()).isEqualTo(AGENCIES);

        // 1. between steps: the first step (prepare) is recorded COMPLETED, the next one waits to begin
        Process first = rate(List.of("--tenant", data.tenant, "--year", "2023"), "first");
        long run = awaitRun(data.tenant, reference.id());
        await(() -> stepCompleted(run, "ratingPrepare"), first);
        kill(first);
        assertThat(status(run)).isEqualTo("running");

        // 2. inside a chunk: the evaluation has committed some chunks, the next one is written, not committed
        Process second = rate(List.of("--restart", "--run", String.valueOf(run)), "second");
        await(() -> itemsDone(run) >= 60, second);
        kill(second);
        int committed = itemsDone(run);
        assertThat(committed).isBetween(60, AGENCIES - 1);
        assertThat(rows(run)).as("rows of committed chunks only").isEqualTo(committed);

        // 3. between the evaluation and the rank step
        Process third = rate(List.of("--restart", "--run", String.valueOf(run)), "third");
        await(() -> stepCompleted(run, "ratingEvaluate"), third);
        kill(third);
        // the progress is counted in each chunk's transaction: after the restarts every agency is counted
        // exactly once (the last step, which sets it from the rows, has not run)
        assertThat(itemsDone(run)).isEqualTo(AGENCIES);
        assertThat(status(run)).isEqualTo("running");

        Process last = rate(List.of("--restart", "--run", String.valueOf(run)), "last");
        assertThat(last.waitFor()).as("exit code of the last restart").isZero();

        RatingRun restarted = runs.find(data.tenant, run).orElseThrow();
        assertThat(restarted.status()).isEqualTo("completed");
        assertThat(restarted.itemsDone()).isEqualTo(AGENCIES);
        assertThat(rows(run)).isEqualTo(AGENCIES);
        assertThat(restarted.checksum()).isEqualTo(reference.checksum());
        assertThat(Results.of(jdbc, data.tenant, run).rows().values())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(
                        Results.of(jdbc, data.tenant, reference.id()).rows().values());
        assertThat(jdbc.queryForObject("SELECT active_key FROM rating_run WHERE id = ?", String.class, run))
                .isNull();
    }

    /** 240 泉州 agencies: 0–4 engineers, most with business, random confirmed findings and sanctions. */
    private static void seed(RatingData data) {
        var random = new Random(2023);
        String[] rules = {"12.1", "13.1", "14.5a", "14.5e", "16.1", "19.1", "4.2"};
        for (int i = 0; i < AGENCIES; i++) {
            long id = data.agency("泉州机构" + i, "standardisation");
            data.staff(id, random.nextInt(5), "registeredSafetyEngineer");
            if (random.nextInt(10) > 0) {
                data.engagement(id, LocalDate.of(2023, 1 + random.nextInt(12), 1));
            }
            for (int f = random.nextInt(4); f > 0; f--) {
                data.finding(id, 2023, rules[random.nextInt(rules.length)], 1 + random.nextInt(3), "confirmed");
            }
            if (random.nextInt(6) == 0) {
                data.sanction(id, 2023, "interview", random.nextBoolean() ? "county" : "city");
            }
        }
    }

    private Process rate(List<String> arguments, String name) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.saferank.batch.BatchApplication");
        command.add("rate");
        command.addAll(arguments);
        command.add("--saferank.db.url=" + environment.getProperty("saferank.db.url"));
        command.add("--saferank.db.username=" + environment.getProperty("saferank.db.username"));
        command.add("--saferank.db.password=" + environment.getProperty("saferank.db.password", ""));
        command.add("--saferank.rating.chunk-size=10");
        command.add("--saferank.rating.chunk-pause=150ms");
        command.add("--saferank.rating.step-pause=1500ms");
        Path log = Files.createDirectories(Path.of("target", "kill-it")).resolve(name + ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File("."))
                .start();
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux: the JVM gets no chance to clean up
        process.waitFor();
    }

    private long awaitRun(String tenant, long reference) throws Exception {
        long[] run = {0};
        await(
                () -> {
                    var ids = jdbc.queryForList(
                            "SELECT id FROM rating_run WHERE tenant_id = ? AND id <> ? ORDER BY id",
                            Long.class,
                            tenant,
                            reference);
                    run[0] = ids.isEmpty() ? 0 : ids.getFirst();
                    return run[0] != 0;
                },
                null);
        return run[0];
    }

    private static void await(BooleanSupplier condition, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240)); // a JVM and Spring start, on a loaded machine
        while (!condition.getAsBoolean()) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError(
                        "the rating process ended (exit " + process.exitValue() + ") before the point to kill it");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for the point to kill the rating process");
            }
            Thread.sleep(20);
        }
    }

    private boolean stepCompleted(long run, String step) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN rating_run r ON r.job_execution_id = s.JOB_EXECUTION_ID"
                                + " WHERE r.id = ? AND s.STEP_NAME = ? AND s.STATUS = 'COMPLETED'",
                        Integer.class,
                        run,
                        step)
                > 0;
    }

    private int itemsDone(long run) {
        return jdbc.queryForObject("SELECT items_done FROM rating_run WHERE id = ?", Integer.class, run);
    }

    private int rows(long run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rating_result WHERE run_id = ?", Integer.class, run);
    }

    private String status(long run) {
        return jdbc.queryForObject("SELECT status FROM rating_run WHERE id = ?", String.class, run);
    }
}
