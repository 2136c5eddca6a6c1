/**
 * The annual rating job (issue 5): its public surface for the API and the CLI — {@link
 * dev.saferank.batch.rating.RatingJobConfiguration} to import, {@link
 * dev.saferank.batch.rating.RatingRequests} to queue a run.
 */
package dev.saferank.batch.rating;
