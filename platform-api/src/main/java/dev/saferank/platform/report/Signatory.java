package dev.saferank.platform.report;

/** A person who signed a report: a staff member of the agency when known, always with the name. */
public record Signatory(long reportId, Long staffId, String name) {}
