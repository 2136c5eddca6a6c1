package dev.saferank.platform.rating;

import dev.saferank.batch.rating.RatingJobConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The rating job of batch-jobs runs in the API process too: its worker claims queued runs (of any
 * node: the claim is an atomic update) and the per-tenant schedule ({@code saferank.rating.worker.*}),
 * so that a run queued by startRating or by an accepted objection is rated without a separate
 * process. A node that should not rate sets {@code saferank.rating.worker.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@Import(RatingJobConfiguration.class)
class RatingJobImport {}
