package dev.saferank.platform.complaint;

/** A finding a confirmed case outcome calls for, to be recorded as a draft finding. */
public record FindingProposal(long caseId, int year, String ruleCode, String evidence) {}
