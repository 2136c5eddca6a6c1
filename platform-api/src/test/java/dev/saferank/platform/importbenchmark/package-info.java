/** The agency sheet import benchmark: 1,000 agencies with their staff through the real endpoint (README.md). */
package dev.saferank.platform.importbenchmark;
