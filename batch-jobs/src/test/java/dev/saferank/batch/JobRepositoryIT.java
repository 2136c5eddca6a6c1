package dev.saferank.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.servers.spring.RealServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;

/** The batch application keeps its JobRepository in the platform's (real) database. */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class JobRepositoryIT {

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job probeJob;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsAJobExecutionInThePlatformDatabase() throws Exception {
        var parameters = new JobParametersBuilder()
                .addString("tenant", "quanzhou")
                .addLong("year", 2023L)
                .addLong("attempt", System.nanoTime())
                .toJobParameters();

        var execution = jobOperator.start(probeJob, parameters);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String status = jdbc.queryForObject(
                "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, execution.getId());
        assertThat(status).isEqualTo("COMPLETED");
        Integer migrated = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND script LIKE '%spring_batch%'",
                Integer.class);
        assertThat(migrated).isEqualTo(1);
    }

    @TestConfiguration
    static class ProbeJob {
        @Bean
        Job probeJob(JobRepository repository, PlatformTransactionManager transactions) {
            var step = new StepBuilder("probe", repository)
                    .tasklet((contribution, context) -> RepeatStatus.FINISHED, transactions)
                    .build();
            return new JobBuilder("probe", repository).start(step).build();
        }
    }
}
