package dev.saferank.platform.report;

/**
 * Published inside the upload's transaction, after the report is written: listeners that write in
 * the same transaction (the copied-report check's queue) commit or roll back with the report.
 */
public record ReportUploaded(String tenant, long reportId) {}
