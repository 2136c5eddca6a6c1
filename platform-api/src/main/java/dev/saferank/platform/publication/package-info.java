/**
 * Publications (公布) of final rating results: requesting them (publish, correct, downgrade), reading them
 * anonymously, the CSV export and the printable announcement. The publication job of batch-jobs writes them.
 */
package dev.saferank.platform.publication;
