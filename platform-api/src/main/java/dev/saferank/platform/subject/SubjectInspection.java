package dev.saferank.platform.subject;

import java.time.Instant;
import java.time.LocalDate;

/** A checklist answered for a subject; every violation answer is a problem with its rectification. */
record SubjectInspection(
        long id,
        long subjectId,
        int year,
        String checklistId,
        LocalDate inspectedOn,
        String source,
        String recordedBy,
        Instant recordedAt) {

    /** One answer; {@code problem} when it is the question's violation. */
    record Answer(
            String question,
            String answer,
            String note,
            boolean problem,
            String measure,
            LocalDate deadline,
            String responsible) {}
}
