package dev.saferank.platform.finding;

import java.time.Instant;
import java.time.LocalDate;

/** A checklist filled on site or as a self-inspection (自查). */
record Inspection(
        long id,
        long agencyId,
        int year,
        String checklistId,
        LocalDate inspectedOn,
        String source,
        String recordedBy,
        Instant recordedAt) {

    /** One answer; {@code findingId} is set when the answer is the question's violation. */
    record Answer(String question, String answer, String note, Long findingId) {}
}
