/**
 * Stored scheme versions, read and compiled in one place: a stored version never changes, so its compiled
 * engine is kept by tenant and version and shared by the preview, the what-if, the rating job and the
 * publication job.
 */
package dev.saferank.rating.scheme;
