package dev.saferank.platform.finding;

import java.time.LocalDate;
import java.util.List;

/** The input of {@code recordInspection}: a checklist of the scheme active for the year, answered. */
record RecordInspectionInput(
        Long agencyId,
        Integer year,
        String checklistId,
        LocalDate inspectedOn,
        String source,
        List<AnswerInput> answers,
        String idempotencyKey) {

    /** One answer, 是 or 否, with a note and, for a violation, its rectification. */
    record AnswerInput(String question, String answer, String note, RectificationInput rectification) {}

    record RectificationInput(String measure, LocalDate deadline, String responsible) {}
}
