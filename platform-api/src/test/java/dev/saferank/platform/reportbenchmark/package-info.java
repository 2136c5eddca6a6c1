/**
 * The reports benchmark ({@code ./mvnw -pl platform-api -Preport-benchmark verify}): indexing
 * through the outbox against a raw bulk load, and searchReports against the raw query.
 */
package dev.saferank.platform.reportbenchmark;
