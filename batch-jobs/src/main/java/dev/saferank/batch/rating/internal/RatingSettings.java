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
 */
@ConfigurationProperties("saferank.rating")
public record RatingSettings(
        @DefaultValue("2") int partitions,
        @DefaultValue("2") int threads,
        @DefaultValue("500") int chunkSize,
        @DefaultValue Worker worker,
        @DefaultValue("0s") Duration chunkPause,
        @DefaultValue("0s") Duration stepPause) {

    /**
     * @param enabled whether this node claims queued runs and starts scheduled ones
     * @param pollInterval how often it looks for queued runs and campaign rating dates
     */
    public record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval) {}
}
