package dev.saferank.platform.subject;

import java.time.LocalDate;
import java.util.List;

/** The input of {@code recordSubjectInspection}: a checklist of the subject's kind, answered. */
record RecordSubjectInspectionInput(
        Long subjectId,
        Integer year,
        String checklistId,
        LocalDate inspectedOn,
        String source,
        List<AnswerInput> answers) {

    /** One answer, 是 or 否, with a note and, for a problem, its rectification (整改措施、时限、责任人). */
    record AnswerInput(String question, String answer, String note, RectificationInput rectification) {}

    record RectificationInput(String measure, LocalDate deadline, String responsible) {}
}
