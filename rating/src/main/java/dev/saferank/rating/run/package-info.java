/**
 * Rating runs and their results: the one entry point that queues a run (for the bureau's mutation, an
 * accepted objection, the campaign calendar and the operators' command alike, with the same history),
 * the one mapping of {@code rating_run} and {@code rating_result}, and the trail's stored form.
 */
package dev.saferank.rating.run;
