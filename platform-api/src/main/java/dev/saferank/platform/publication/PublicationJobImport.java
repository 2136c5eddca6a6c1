package dev.saferank.platform.publication;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The publication job of batch-jobs runs in the API process too, like the rating job: its worker claims
 * queued publications of any node (the claim is one conditional update). A node that should not publish
 * sets {@code saferank.publication.worker.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@Import(dev.saferank.batch.publication.PublicationJobImport.class)
class PublicationJobImport {}
