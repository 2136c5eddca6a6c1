package dev.saferank.batch.publication.internal;

import java.math.BigDecimal;

/**
 * One agency's line of a publication; {@code vetoed} is read from the rating result and not written.
 *
 * @param agencyId the agency
 * @param name its name when rated
 * @param category its category
 * @param district its district
 * @param total the rated total
 * @param grade the rated grade
 * @param publishedGrade the grade (苏州: star) as published
 * @param rank the overall rank
 * @param groupKey the ranking group, if any
 * @param groupRank the rank in the group, if any
 * @param lists list codes, comma separated, scheme order
 * @param isPublic whether anonymous readers see it
 * @param note what changed against the superseded publication
 * @param vetoed whether a veto set the grade
 */
record Entry(
        long agencyId,
        String name,
        String category,
        String district,
        BigDecimal total,
        String grade,
        String publishedGrade,
        int rank,
        String groupKey,
        Integer groupRank,
        String lists,
        boolean isPublic,
        String note,
        boolean vetoed) {

    Entry with(String publishedGrade, String lists, boolean isPublic, String note) {
        return new Entry(
                agencyId,
                name,
                category,
                district,
                total,
                grade,
                publishedGrade,
                rank,
                groupKey,
                groupRank,
                lists,
                isPublic,
                note,
                vetoed);
    }
}
