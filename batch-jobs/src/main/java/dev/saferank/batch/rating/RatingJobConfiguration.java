package dev.saferank.batch.rating;

import dev.saferank.batch.rating.internal.RatingSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Everything the annual rating needs, for an application that has a DataSource with the platform's
 * schema and a Spring Batch JDBC JobRepository: the job {@code rating} and the
 * worker that runs queued runs and the per-tenant schedule ({@code saferank.rating.worker.enabled},
 * default true). The batch-jobs app has it; platform-api imports it.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(RatingSettings.class)
public class RatingJobConfiguration {}
