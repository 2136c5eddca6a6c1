package dev.saferank.batch.rating;

import dev.saferank.batch.rating.internal.RatingSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Everything the annual rating needs, for an application that has a DataSource with the platform's
 * schema and a Spring Batch JDBC JobRepository: the job {@code rating} and the
 * worker that runs queued runs and the per-tenant schedule ({@code saferank.rating.worker.enabled},
 * default true). The batch-jobs app has it; platform-api imports it. With {@code
 * saferank.rating.remote.enabled} the partitions go to worker processes over RabbitMQ (batch-jobs/README.md,
 * "Remote workers"); {@code remote-defaults.properties} keeps the AMQP health check off without it.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@PropertySource("classpath:dev/saferank/batch/rating/remote-defaults.properties")
@EnableConfigurationProperties(RatingSettings.class)
public class RatingJobConfiguration {}
