package dev.saferank.scheme;

import java.util.List;
import java.util.Optional;

/**
 * What a city publishes from a final ranking (公布): which results, which named lists, and how a published
 * standing is lowered later in the year. See {@code docs/SCHEME-FORMAT.md} section 16.
 *
 * @param source the clause of the document that says it
 * @param wording the document's own words on what is published
 * @param entries {@code all}: every rated agency's result is published; {@code listed}: only agencies on a
 *     public list (佛山 标杆机构, 临沂 一般等级以上, 苏州 星级)
 * @param lists the named lists, in announcement order
 * @param downgrade how a standing is lowered after publication (苏州 7.6.4, 佛山 动态监管), if the city says so
 * @param bar the bar (禁入期) that goes with losing a standing (苏州 7.6.3, 佛山 四（二）), if the city says so
 */
public record Publication(
        String source,
        String wording,
        Entries entries,
        List<PublicationList> lists,
        Optional<Downgrade> downgrade,
        Optional<Bar> bar) {

    /** A publication without a bar rule. */
    public Publication(
            String source,
            String wording,
            Entries entries,
            List<PublicationList> lists,
            Optional<Downgrade> downgrade) {
        this(source, wording, entries, lists, downgrade, Optional.empty());
    }

    /** Which results are published. */
    public enum Entries {
        ALL,
        LISTED
    }

    /** The list with this code. */
    public Optional<PublicationList> list(String code) {
        return lists.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * How a published standing is lowered (dynamic management).
     *
     * @param action {@code lowerGrade}: the grade (star) goes one band down (苏州: 五星 → 四星 → 三星 → 不予评定星级);
     *     {@code revoke}: the agency leaves {@code list} (佛山: 取消标杆机构称号)
     * @param list the list left on {@code revoke}
     * @param wording the document's own words
     */
    public record Downgrade(Action action, Optional<String> list, String wording) {
        /** What a downgrade does. */
        public enum Action {
            LOWER_GRADE,
            REVOKE
        }
    }

    /**
     * The bar (禁入期) that goes with losing a published standing. An agency barred under {@code exclusion} loses
     * its current standing (苏州 7.6.3 "取消已评定的星级并予以公告": the grade goes to the lowest band; 佛山: the
     * {@code revoke} downgrade, "取消标杆机构称号"), and a confirmed {@code revoke} bars the agency for {@code years}
     * rating years from the next one (佛山 "一年内不再作为标杆机构候选单位").
     *
     * @param exclusion the scheme's exclusion, decided by a finding (no condition of its own), that keeps a barred
     *     agency out
     * @param years how many rating years a bar lasts (苏州 2, 佛山 1)
     * @param wording the document's own words
     */
    public record Bar(String exclusion, int years, String wording) {}
}
