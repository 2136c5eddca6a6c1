package dev.saferank.platform.rating;

import dev.saferank.batch.BatchJobs;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The rating and publication jobs of batch-jobs run in the API process too: their workers claim queued
 * runs and publications (of any node: the claim is an atomic update) and the per-tenant schedule
 * ({@code saferank.rating.worker.*}), so that a run queued by startRating or by an accepted objection is
 * rated without a separate process. A node that should not rate sets
 * {@code saferank.rating.worker.enabled=false}. {@link BatchJobs} is the only type of batch-jobs the API
 * uses (ArchitectureTest); ratings themselves are the rating module's.
 */
@Configuration(proxyBeanMethods = false)
@Import(BatchJobs.class)
class RatingJobImport {}
