package dev.saferank.platform.finding;

import dev.saferank.platform.graphql.UserError;
import java.util.List;
import java.util.Set;

/** Checks of free text and sources shared by findings, rectifications and inspections. */
final class Texts {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 100;
    static final int MAX_KEY = 64;
    static final Set<String> SOURCES =
            Set.of("routineInspection", "specialCampaign", "reportReview", "complaint", "selfInspection");

    private Texts() {}

    /** Adds an error when a required text is blank or longer than {@code max}. */
    static void required(List<UserError> errors, String field, String label, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(UserError.of(field, "REQUIRED", "请填写" + label));
        } else {
            optional(errors, field, label, text, max);
        }
    }

    /** Adds an error when a text is longer than {@code max} characters. */
    static void optional(List<UserError> errors, String field, String label, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            errors.add(UserError.of(field, "TOO_LONG", label + "过长（上限 " + max + " 字）"));
        }
    }

    static void source(List<UserError> errors, String field, String source) {
        if (source == null || !SOURCES.contains(source)) {
            errors.add(UserError.of(
                    field,
                    "UNKNOWN_SOURCE",
                    "来源须为 routineInspection（日常检查）、specialCampaign（专项检查）、reportReview（报告复核）、"
                            + "complaint（投诉举报）或 selfInspection（自查）之一"));
        }
    }
}
