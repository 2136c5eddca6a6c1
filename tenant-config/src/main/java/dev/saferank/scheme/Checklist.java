package dev.saferank.scheme;

import java.util.List;

/**
 * A yes/no inspection form (莆田 附件1–2, 泉州 附件2–4).
 *
 * @param id unique id
 * @param title the form's title
 * @param source where it comes from (附件N)
 * @param subject who is inspected, in the document's words (安全培训机构, 生产经营单位)
 * @param subjectKind the kind of subject the form is answered for: {@link #AGENCY} (a rated agency, the
 *     default) or a kind the scheme declares here ({@code production-unit}: 莆田 附件2's 生产经营单位), whose
 *     subjects the platform registers apart from the agencies
 * @param questions the questions in form order
 */
public record Checklist(
        String id, String title, String source, String subject, String subjectKind, List<Question> questions) {

    /** The subject kind of a checklist answered for a rated agency. */
    public static final String AGENCY = "agency";

    /** Whether the form is answered for a rated agency. */
    public boolean forAgencies() {
        return AGENCY.equals(subjectKind);
    }

    /**
     * One question.
     *
     * @param number the form's numbering, as text
     * @param text the question, verbatim
     * @param violation the answer that is a finding: 是, 否, or none for a narrative question
     */
    public record Question(String number, String text, String violation) {}
}
