/** The publication job's steps, reader, processor and writer; private to the publication job. */
package dev.saferank.batch.publication.internal;
