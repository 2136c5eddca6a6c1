/** The rating job's steps, readers and writers, and the queue of runs; not for use outside the job. */
package dev.saferank.batch.rating.internal;
