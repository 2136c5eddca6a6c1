/**
 * Benchmarks against the real servers, run only with {@code ./mvnw -pl platform-api -Pbenchmark verify}
 * (never by {@code ./mvnw verify}).
 */
package dev.saferank.platform.benchmark;
