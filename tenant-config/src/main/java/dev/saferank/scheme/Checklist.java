package dev.saferank.scheme;

import java.util.List;

/**
 * A yes/no inspection form (莆田 附件1–2, 泉州 附件2–4).
 *
 * @param id unique id
 * @param title the form's title
 * @param source where it comes from (附件N)
 * @param subject who is inspected
 * @param questions the questions in form order
 */
public record Checklist(String id, String title, String source, String subject, List<Question> questions) {

    /**
     * One question.
     *
     * @param number the form's numbering, as text
     * @param text the question, verbatim
     * @param violation the answer that is a finding: 是, 否, or none for a narrative question
     */
    public record Question(String number, String text, String violation) {}
}
