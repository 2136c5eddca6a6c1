package dev.saferank.batch;

import dev.saferank.batch.publication.PublicationJobImport;
import dev.saferank.batch.rating.RatingJobConfiguration;
import dev.saferank.rating.RatingModule;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The one thing another application imports from batch-jobs: the rating and publication jobs with their
 * workers, run in that application's process (platform-api does, so that a run queued by a bureau is
 * rated without a separate process). The importing app keeps {@code spring.batch.job.enabled=false} and
 * its JobRepository in the platform's database. Everything else of batch-jobs is its own.
 */
@Configuration(proxyBeanMethods = false)
@Import({RatingModule.class, RatingJobConfiguration.class, PublicationJobImport.class})
public class BatchJobs {}
