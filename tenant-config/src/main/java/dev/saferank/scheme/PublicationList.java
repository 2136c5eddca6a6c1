package dev.saferank.scheme;

import java.util.List;
import java.util.Optional;

/**
 * One named list of a publication (标杆机构, 服务好的机构, 五星…).
 *
 * @param code a short id, unique in the scheme ({@code benchmark}, {@code best})
 * @param title the list's title as announced
 * @param wording the document's own words
 * @param kind how members are chosen
 * @param grades {@code grades}: the grades listed; {@code best}: the grades that qualify (empty = any)
 * @param min {@code best}: at least this many are named, filled by rank (泉州 10-20家: 10)
 * @param max {@code best}, {@code worst}: at most this many by rank (ties at the cut are all named)
 * @param isPublic whether the list is announced; a private list (临沂 约谈) is kept for the bureau only
 * @param validMonths how long a title is valid (佛山 有效期为1年: 12), if the document says so
 * @param under {@code below}: members are rated below this total (临沂 "70 分以下": 70 is not below)
 */
public record PublicationList(
        String code,
        String title,
        String wording,
        Kind kind,
        List<String> grades,
        Optional<Integer> min,
        Optional<Integer> max,
        boolean isPublic,
        Optional<Integer> validMonths,
        Optional<Integer> under) {

    /** A list without {@code under}. */
    public PublicationList(
            String code,
            String title,
            String wording,
            Kind kind,
            List<String> grades,
            Optional<Integer> min,
            Optional<Integer> max,
            boolean isPublic,
            Optional<Integer> validMonths) {
        this(code, title, wording, kind, grades, min, max, isPublic, validMonths, Optional.empty());
    }

    /** How members are chosen. */
    public enum Kind {
        /** Ranked within their group at or above the scheme's {@code grouping.top} (佛山 前15名). */
        GROUP_TOP,
        /** From the top of the overall ranking: those of {@code grades}, at least {@code min}, at most {@code max}. */
        BEST,
        /** From the bottom of the overall ranking, at most {@code max}. */
        WORST,
        /** Every agency whose published grade is one of {@code grades}. */
        GRADES,
        /** Every agency rated below {@code under} points (临沂 评估 70 分以下 → 约谈、停业整改), whatever its grade. */
        BELOW
    }
}
