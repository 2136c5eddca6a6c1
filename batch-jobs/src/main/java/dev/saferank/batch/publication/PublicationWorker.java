package dev.saferank.batch.publication;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs queued publications: the API inserts a {@code publication} row with status {@code queued} (guarded by
 * {@code active_key}, one per tenant and year), any node's worker claims it with one conditional UPDATE and
 * runs the publication job with the parameters {@code tenant}, {@code year} and {@code publication}. The same
 * way the rating worker runs queued ratings, so that the API never runs a batch job in a request thread.
 *
 * <p>A publication queued again by an operator after a crash (its row {@code running}, its execution left
 * {@code STARTED}) is recovered and restarted from its last committed chunk; a failed one is restarted. Off in
 * the operators' command-line runs (no web application there).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "saferank.publication.worker.enabled", matchIfMissing = true)
public class PublicationWorker {

    private static final Logger log = LoggerFactory.getLogger(PublicationWorker.class);

    private final JdbcTemplate jdbc;
    private final JobOperator jobOperator;
    private final JobRepository repository;
    private final Job publicationJob;

    PublicationWorker(
            JdbcTemplate jdbc,
            JobOperator jobOperator,
            JobRepository repository,
            @Qualifier("publicationJob") Job publicationJob) {
        this.jdbc = jdbc;
        this.jobOperator = jobOperator;
        this.repository = repository;
        this.publicationJob = publicationJob;
    }

    /** Claims and runs every queued publication, oldest first. */
    @Scheduled(
            fixedDelayString = "${saferank.publication.worker.poll-ms:5000}",
            initialDelayString = "${saferank.publication.worker.poll-ms:5000}")
    public void poll() {
        List<Long> queued = jdbc.queryForList(
                "SELECT id FROM publication WHERE status = 'queued' ORDER BY id LIMIT 20", Long.class);
        queued.forEach(this::runIfQueued);
    }

    /**
     * Runs one queued publication if this node claims it.
     *
     * @return the job execution, or null when another node claimed it first
     */
    public JobExecution runIfQueued(long publication) {
        if (jdbc.update("UPDATE publication SET status = 'running' WHERE id = ? AND status = 'queued'", publication)
                != 1) {
            return null;
        }
        var row = jdbc.queryForMap("SELECT tenant_id, year FROM publication WHERE id = ?", publication);
        JobParameters parameters = new JobParametersBuilder()
                .addString("tenant", (String) row.get("tenant_id"))
                .addLong("year", ((Number) row.get("year")).longValue())
                .addLong("publication", publication)
                .toJobParameters();
        try {
            JobExecution last = repository.getLastJobExecution(publicationJob.getName(), parameters);
            if (last != null && last.getStatus().isRunning()) {
                // requeued by an operator once the crashed process was gone (README: restart after a crash)
                last = jobOperator.recover(last);
            }
            JobExecution execution = last == null || last.getStatus() == BatchStatus.COMPLETED
                    ? jobOperator.start(publicationJob, parameters)
                    : jobOperator.restart(last);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                failed(publication, execution.getId());
            }
            return execution;
        } catch (Exception e) {
            log.error("publication {} could not be run", publication, e);
            failed(publication, null);
            return null;
        }
    }

    /** A run that ended unexpectedly: the bureau sees a Chinese reason and may request again. */
    private void failed(long publication, Long execution) {
        jdbc.update(
                "UPDATE publication SET status = 'failed', active_key = NULL, job_execution_id ="
                        + " COALESCE(?, job_execution_id), error = '公布作业异常中止，请联系运维人员重新运行' WHERE id = ? AND status"
                        + " = 'running'",
                execution,
                publication);
    }
}
