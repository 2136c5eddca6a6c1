package dev.saferank.batch.publication;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Everything the publication job needs, for an application that has a DataSource with the platform's
 * schema and a Spring Batch JDBC JobRepository: the job {@code publication} and the {@link
 * PublicationWorker} that runs queued publications ({@code saferank.publication.worker.enabled}, default
 * true, web applications only). The batch-jobs app finds it by scanning; platform-api imports it, so that
 * a publication queued by {@code publish} is written without a separate process.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class PublicationJobImport {}
