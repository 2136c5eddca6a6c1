package dev.saferank.platform.publication;

import dev.saferank.platform.graphql.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * An agency's published standing over the years, for anyone: every published publication that announced it,
 * superseded ones included and flagged, read from MySQL (two statements).
 */
@Controller
class PublicAgencyHistory {

    record PublicAgency(
            String tenant,
            String cityName,
            long agencyId,
            String agencyName,
            String creditCode,
            String category,
            String categoryLabel,
            List<PublicAgencyYear> history) {}

    record PublicAgencyYear(
            int year,
            long publicationId,
            String publicationTitle,
            Instant publishedAt,
            String grade,
            String publishedGrade,
            int rank,
            BigDecimal total,
            List<String> lists,
            boolean superseded,
            String note) {}

    private final PublicRatingMapper mapper;

    PublicAgencyHistory(PublicRatingMapper mapper) {
        this.mapper = mapper;
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    Optional<PublicAgency> publicAgency(@Argument String tenant, @Argument long agencyId) {
        String city = tenant.strip();
        if (!city.matches("[a-z][a-z0-9-]{1,31}") || mapper.city(city).isEmpty()) {
            throw new InvalidInputException("tenant", "UNKNOWN_CITY", "未找到该城市（tenant）");
        }
        List<PublicRating> published = mapper.publishedOfAgency(city, agencyId);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublicRating latest = published.getFirst();
        return Optional.of(new PublicAgency(
                latest.tenantId(),
                latest.cityName(),
                agencyId,
                latest.agencyName(),
                latest.creditCode(),
                latest.category(),
                latest.category() == null ? null : latest.categoryLabel(),
                published.stream().map(PublicAgencyHistory::year).toList()));
    }

    private static PublicAgencyYear year(PublicRating r) {
        return new PublicAgencyYear(
                r.year(),
                r.publicationId(),
                r.publicationTitle(),
                r.publishedAt(),
                r.grade(),
                r.publishedGrade(),
                r.overallRank(),
                r.shownTotal(),
                r.publicListTitles(),
                r.superseded(),
                r.note());
    }
}
