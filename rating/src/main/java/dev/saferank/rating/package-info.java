/**
 * The one home of rating, between the engine (tenant-config) and the two apps: the facts of an
 * agency-year ({@code facts}), the stored and pinned scheme versions ({@code scheme}), rating runs and
 * their results ({@code run}), publications and the typed call that queues a public-index update
 * ({@code publication}). platform-api adapts it to GraphQL; batch-jobs wires it into Spring Batch jobs.
 * Sub-packages named {@code internal} are private to their parent package.
 */
package dev.saferank.rating;
