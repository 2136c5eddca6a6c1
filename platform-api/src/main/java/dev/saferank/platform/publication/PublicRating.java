package dev.saferank.platform.publication;

import dev.saferank.platform.agency.Categories;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * One announced entry of a published publication, as the public sees it: the agency's published standing in
 * one publication, with what the public search and an agency's history show around it.
 *
 * @param id the entry's surrogate id (V81), the search document's id
 * @param bureauName the tenant's name (泉州市应急管理局)
 * @param publicationLists JSON of the publication's lists as published
 * @param lists the entry's list codes, comma separated
 * @param note what changed against the superseded publication (public, as in the announcement)
 * @param superseded whether a later publication of the same tenant and year was published
 */
record PublicRating(
        long id,
        String tenantId,
        String bureauName,
        long publicationId,
        int year,
        String kind,
        Integer seq,
        Instant publishedAt,
        String publicationLists,
        long agencyId,
        String agencyName,
        String category,
        String district,
        String districtName,
        BigDecimal total,
        String grade,
        String publishedGrade,
        int overallRank,
        String lists,
        String note,
        String creditCode,
        boolean superseded) {

    /** The city for people: 泉州市 of 泉州市应急管理局 (the whole name when it is not a bureau's). */
    static String cityName(String bureauName) {
        String suffix = "应急管理局";
        return bureauName.endsWith(suffix) && bureauName.length() > suffix.length()
                ? bureauName.substring(0, bureauName.length() - suffix.length())
                : bureauName;
    }

    String cityName() {
        return cityName(bureauName);
    }

    String categoryLabel() {
        return Categories.label(category).orElse(category);
    }

    String publicationTitle() {
        return Announcements.title(kind, year);
    }

    /** The total as rated, without the column's trailing zeros (92.0, 86.5). */
    BigDecimal shownTotal() {
        BigDecimal stripped = total.stripTrailingZeros();
        return stripped.setScale(Math.max(1, stripped.scale()));
    }

    /** Titles of the public lists the entry is on, in the publication's order; lists kept from the public never. */
    List<String> publicListTitles() {
        var codes = new HashSet<>(List.of(lists == null || lists.isEmpty() ? new String[0] : lists.split(",")));
        return PublicationListInfo.parse(publicationLists).stream()
                .filter(PublicationListInfo::isPublic)
                .filter(l -> codes.contains(l.code()))
                .map(PublicationListInfo::title)
                .toList();
    }
}
