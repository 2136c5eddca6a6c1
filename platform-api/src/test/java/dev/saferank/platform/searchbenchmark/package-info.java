/**
 * The public search under load at national size, run only with {@code scripts/search-load-benchmark}
 * ({@code ./mvnw -pl platform-api -am -Psearch-benchmark verify …}; never by {@code ./mvnw verify}).
 */
package dev.saferank.platform.searchbenchmark;
