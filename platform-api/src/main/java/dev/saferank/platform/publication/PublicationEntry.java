package dev.saferank.platform.publication;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One agency's published line; {@code lists} is the stored comma-separated codes. */
record PublicationEntry(
        String tenantId,
        long publicationId,
        long agencyId,
        String agencyName,
        String category,
        String district,
        BigDecimal total,
        String grade,
        String publishedGrade,
        int overallRank,
        String groupKey,
        Integer groupRank,
        String lists,
        boolean isPublic,
        String note,
        String creditCode) {

    List<String> listCodes() {
        return lists == null || lists.isEmpty() ? List.of() : Arrays.asList(lists.split(","));
    }
}
