/**
 * Abuse priced: limits per client address that hold across API nodes (counters in the shared database), the
 * rate limit of anonymous {@code /graphql}, and the client's address as a trusted proxy names it.
 */
package dev.saferank.platform.abuse;
