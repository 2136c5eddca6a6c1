package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.batch.BatchApplication;
import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.RabbitVirtualHost;
import dev.saferank.servers.RatingWorkers;
import dev.saferank.servers.Waiting;
import dev.saferank.servers.spring.RealServersInitializer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Rating on remote workers (issue 18, point 1): a manager (the batch-jobs application with {@code
 * saferank.rating.remote.enabled} and {@code remote.worker=false}: it runs no partition itself) sends the
 * partitions of the rating job's partitioned steps (rank values, evaluate) over RabbitMQ — a virtual host of
 * this test's own, made with rabbitmqctl and deleted after — to two worker processes (the batch-jobs
 * application, each a JVM of its own). The result equals a one-process run's on the same facts, checksum
 * and rows, and both workers ran partitions. Then a worker is killed with kill -9 inside a partition of the
 * evaluation: its partition is finished by another worker (the broker hands the unacknowledged message on)
 * from its last committed chunk, not from the start, and the run ends with the same checksum and rows.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class RemoteWorkersIT {

    private static final Logger log = LoggerFactory.getLogger(RemoteWorkersIT.class);
    static final int AGENCIES = 240;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Autowired
    RatingLauncher launcher;

    @Autowired
    Environment environment;

    @Autowired
    JobRepository repository;

    private RabbitVirtualHost vhost;
    private RatingWorkers workers;

    @BeforeEach
    void virtualHost() {
        vhost = RabbitVirtualHost.create("saferank-it-"); // fails loudly when RabbitMQ (or rabbitmqctl) is missing
        workers = workers();
    }

    @AfterEach
    void cleanUp() {
        workers.close();
        vhost.close();
    }

    @Test
    void twoWorkersRateAsOneProcessAndAKilledWorkersPartitionIsFinishedByAnother() throws Exception {
        var data = new RatingData(jdbc, "remote").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        seed(data);
        RatingRun reference = new RatingRunner(runs, launcher).rate(data.tenant, 2023);
        assertThat(reference.itemsDone()).isEqualTo(AGENCIES);

        workers.start("worker-1");
        workers.start("worker-2");
        workers.awaitConsumers(Duration.ofMinutes(6)); // a worker JVM took 2 minutes to start on the loaded machine
        try (var manager = manager()) {
            var managerRuns = manager.getBean(RatingRuns.class);
            var managerLauncher = manager.getBean(RatingLauncher.class);

            // 1. two workers, nothing goes wrong: 4 partitions of each partitioned step, all run by the workers
            RatingRun remote = new RatingRunner(managerRuns, managerLauncher).rate(data.tenant, 2023);
            assertThat(remote.checksum()).isEqualTo(reference.checksum());
            assertSameResults(data.tenant, remote.id(), reference.id());
            Map<String, Integer> shares = partitionsPerWorker(remote.id());
            log.info("partitions per worker: {}", shares);
            assertThat(shares.keySet()).containsExactlyInAnyOrder("worker-1", "worker-2");
            assertThat(shares.values().stream().mapToInt(Integer::intValue).sum())
                    .as("rank-values and evaluation partitions, 4 each")
                    .isEqualTo(8);
            assertThat(writtenByPartitions(remote.id())).isEqualTo(AGENCIES);

            // 2. a worker killed inside a partition of the evaluation (two chunks committed, the third running)
            RatingRun queued = managerRuns.queue(data.tenant, 2023, "test-admin", "远程评定：工作进程中途被终止");
            assertThat(managerRuns.claim(queued)).isTrue();
            var job = CompletableFuture.supplyAsync(() -> {
                try {
                    return managerLauncher.run(queued);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long run = queued.id();
            Object[] inside = {null};
            // polled every 50 ms (a chunk of 10 takes at least its 200 ms pause): the kill lands a chunk or two later
            Waiting.until(
                    Duration.ofMinutes(6),
                    Duration.ofMillis(50),
                    "an evaluation partition inside its third chunk (workers' logs: target/remote-it)",
                    () -> {
                        inside[0] = evaluationPartitionInProgress(run);
                        return inside[0] != null;
                    });
            long partition = (Long) ((Object[]) inside[0])[0];
            String victim = (String) ((Object[]) inside[0])[1];
            int index = victim.equals("worker-1") ? 0 : 1;
            int committedBefore = writeCount(partition);
            workers.get(index).destroyForcibly(); // SIGKILL: no shutdown hook, the message never acknowledged
            workers.get(index).waitFor();
            log.info("killed {} inside partition {} after {} agencies committed", victim, partition, committedBefore);
            assertThat(committedBefore)
                    .as("agencies the partition had committed")
                    .isBetween(20, 59);
            assertThat(stepStatus(partition))
                    .as("the kill landed inside the partition")
                    .isEqualTo("STARTED");
            // started anew, it takes part again (the other worker may already have taken the partition up)
            workers.replace(index, victim + "-restarted");

            assertThat(job.get(6, TimeUnit.MINUTES)).isEqualTo(BatchStatus.COMPLETED);
            RatingRun redone = managerRuns.find(data.tenant, run).orElseThrow();
            assertThat(redone.status()).isEqualTo("completed");
            assertThat(redone.itemsDone()).isEqualTo(AGENCIES);
            assertThat(redone.checksum()).isEqualTo(reference.checksum());
            assertSameResults(data.tenant, run, reference.id());
            // the killed partition was finished by another process, continuing after its committed chunks:
            // each agency written once over all partitions (a partition begun anew would count them twice)
            assertThat(stepStatus(partition)).isEqualTo("COMPLETED");
            assertThat(workerOf(partition)).isNotEqualTo(victim);
            assertThat(writtenByPartitions(run)).isEqualTo(AGENCIES);
            log.info(
                    "after the kill: partition {} finished by {}, partitions per worker {}",
                    partition,
                    workerOf(partition),
                    partitionsPerWorker(run));
        }
    }

    private void assertSameResults(String tenant, long run, long reference) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rating_result WHERE run_id = ?", Integer.class, run))
                .isEqualTo(AGENCIES);
        assertThat(Results.of(jdbc, tenant, run).rows().values())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(
                        Results.of(jdbc, tenant, reference).rows().values());
    }

    /** An evaluation partition of the run that has committed two chunks and not ended: its id and worker. */
    private Object[] evaluationPartitionInProgress(long run) {
        var ids = jdbc.queryForList(
                "SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s"
                        + " JOIN rating_run r ON r.job_execution_id = s.JOB_EXECUTION_ID"
                        + " WHERE r.id = ? AND s.STEP_NAME LIKE 'ratingEvaluateWorker:%' AND s.STATUS = 'STARTED'"
                        + " AND s.COMMIT_COUNT >= 2",
                Long.class, run);
        for (long id : ids) {
            String worker = workerOf(id);
            if (worker != null && worker.startsWith("worker-")) {
                return new Object[] {id, worker};
            }
        }
        return null;
    }

    /** Partitions (of both partitioned steps) per worker that ran them last. */
    private Map<String, Integer> partitionsPerWorker(long run) {
        Map<String, Integer> shares = new TreeMap<>();
        for (long id : partitions(run, "%Worker:%")) {
            String worker = workerOf(id);
            shares.merge(worker == null ? "(none)" : worker, 1, Integer::sum);
        }
        return shares;
    }

    /** Agencies written by the evaluation partitions, as Spring Batch counted them in the chunks' commits. */
    private int writtenByPartitions(long run) {
        return partitions(run, "ratingEvaluateWorker:%").stream()
                .mapToInt(this::writeCount)
                .sum();
    }

    private List<Long> partitions(long run, String namePattern) {
        return jdbc.queryForList(
                "SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s"
                        + " JOIN rating_run r ON r.job_execution_id = s.JOB_EXECUTION_ID"
                        + " WHERE r.id = ? AND s.STEP_NAME LIKE ?",
                Long.class,
                run,
                namePattern);
    }

    private int writeCount(long stepExecution) {
        return jdbc.queryForObject(
                "SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?",
                Integer.class,
                stepExecution);
    }

    private String stepStatus(long stepExecution) {
        return jdbc.queryForObject(
                "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?", String.class, stepExecution);
    }

    /** The worker named in a partition's saved step context ({@code rating.worker}), if any. */
    private String workerOf(long stepExecution) {
        var execution = repository.getStepExecution(stepExecution);
        return execution == null ? null : execution.getExecutionContext().getString("rating.worker", null);
    }

    private ConfigurableApplicationContext manager() {
        return new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new RealServersInitializer())
                .properties(vhost.properties().toArray(String[]::new))
                .properties(
                        "saferank.rating.remote.enabled=true",
                        "saferank.rating.remote.worker=false",
                        "saferank.rating.partitions=4",
                        "saferank.rating.chunk-size=10")
                .run();
    }

    /** Worker processes on this test's classpath, in chunks of 10 with a pause, so that a kill lands inside one. */
    private RatingWorkers workers() {
        return new RatingWorkers(
                List.of(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BatchApplication.class.getName()),
                List.of(
                        "saferank.db.url=" + environment.getProperty("saferank.db.url"),
                        "saferank.db.username=" + environment.getProperty("saferank.db.username"),
                        "saferank.db.password=" + environment.getProperty("saferank.db.password", ""),
                        "saferank.rating.chunk-size=10",
                        "saferank.rating.chunk-pause=200ms"),
                vhost,
                Path.of("target", "remote-it"));
    }

    /** 240 泉州 agencies: 0–4 engineers, most with business, random confirmed findings and sanctions. */
    private static void seed(RatingData data) {
        var random = new Random(18);
        String[] rules = {"12.1", "13.1", "14.5a", "14.5e", "16.1", "19.1", "4.2"};
        for (int i = 0; i < AGENCIES; i++) {
            long id = data.agency("泉州远程机构" + i, "standardisation");
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
}
