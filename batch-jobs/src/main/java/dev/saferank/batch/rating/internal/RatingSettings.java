package dev.saferank.batch.rating.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rating job ({@code saferank.rating.*}).
 *
 * @param partitions agency-id ranges the evaluation is split into
 * @param threads partitions run at the same time on this node (the cores to use)
 * @param chunkSize agencies per transaction
 * @param worker the worker that runs queued runs and the schedule
 * @param chunkPause test only: a pause after each chunk is written, so that a kill lands inside a step
 * @param stepPause test only: a pause before each step of the job, so that a kill lands between steps
 * @param remote the partitions sent to worker processes over RabbitMQ instead of the local threads
 */
@ConfigurationProperties("saferank.rating")
public record RatingSettings(
        @DefaultValue("2") int partitions,
        @DefaultValue("2") int threads,
        @DefaultValue("500") int chunkSize,
        @DefaultValue Worker worker,
        @DefaultValue("0s") Duration chunkPause,
        @DefaultValue("0s") Duration stepPause,
        @DefaultValue Remote remote) {

    /**
     * @param enabled whether this node claims queued runs and starts scheduled ones
     * @param pollInterval how often it looks for queued runs and campaign rating dates
     */
    public record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval) {}

    /**
     * Remote partitioning ({@code saferank.rating.remote.*}, see {@code RemotePartitioning}); the broker is
     * Spring Boot's {@code spring.rabbitmq.*}.
     *
     * @param enabled the partitioned steps send their partitions to the queue instead of running them on
     *     local threads (off: everything in this process, as without a broker)
     * @param worker this process also consumes the queue and runs partitions, {@code threads} at a time
     * @param workerName the name a worker writes into the partitions it runs (default host/pid)
     * @param pollInterval how often the manager reads the JobRepository for the partitions' end
     */
    public record Remote(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("true") boolean worker,
            @DefaultValue("") String workerName,
            @DefaultValue("250ms") Duration pollInterval) {}
}
