package dev.saferank.platform.measurement;

import java.math.BigDecimal;

/**
 * What a recording mutation says, before it is checked: exactly one of {@code score}, {@code answers}
 * and {@code review} carries the result.
 *
 * @param form which mutation recorded it (decides the default measurement name and the field names
 *     in errors)
 * @param measurement the declared measurement name; null for the form's default
 * @param staffId exam: the examined staff member of the agency (the subject is then their registered name)
 */
record MeasurementDraft(
        Form form,
        long agencyId,
        int year,
        String measurement,
        String subject,
        String group,
        BigDecimal score,
        String answers,
        ReviewForm review,
        Long staffId) {

    /** A recording mutation: its default measurement and the names of its fields. */
    enum Form {
        // the examined person is a staff member picked by id (input.staffId), checked by RecordingMeasurement
        EXAM("exam", "input.staffId", "input.score", false),
        SATISFACTION("satisfaction", "input.respondent", "input.score", false),
        REPORT_REVIEW("reportReview", "input.report", "input.percentage", true);

        final String defaultName;
        final String subjectField;
        final String scoreField;
        final boolean subjectRequired;

        Form(String defaultName, String subjectField, String scoreField, boolean subjectRequired) {
            this.defaultName = defaultName;
            this.subjectField = subjectField;
            this.scoreField = scoreField;
            this.subjectRequired = subjectRequired;
        }
    }

    /** The same draft naming the examined staff member's registered name as its subject. */
    MeasurementDraft withSubject(String name) {
        return new MeasurementDraft(form, agencyId, year, measurement, name, group, score, answers, review, staffId);
    }

    /** The measurement named, or the form's default (a survey's answers go to {@code survey}). */
    String name() {
        if (measurement != null && !measurement.isBlank()) {
            return measurement;
        }
        return form == Form.SATISFACTION && answers != null ? "survey" : form.defaultName;
    }
}
