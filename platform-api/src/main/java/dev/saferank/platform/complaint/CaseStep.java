package dev.saferank.platform.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One enforcement step of a case.
 *
 * @param kind investigation, inspection, interview, rectificationOrder, penalty, transfer
 */
public record CaseStep(
        long caseId, long id, String kind, LocalDate takenOn, String note, String recordedBy, Instant recordedAt) {}
