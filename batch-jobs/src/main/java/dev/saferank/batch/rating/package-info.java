/**
 * The annual rating job: its wiring into Spring Batch (steps, partitions, readers and writers over the
 * rating module's facts and runs), the worker that runs queued runs and the campaign schedule, and the
 * operators' command. Runs are queued by the rating module ({@code dev.saferank.rating.run.RatingRuns}).
 */
package dev.saferank.batch.rating;
