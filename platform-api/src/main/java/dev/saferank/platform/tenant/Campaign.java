package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The campaign calendar of a tenant for one year; dates not yet decided are null. A campaign may run
 * from {@code startsOn} in its year to {@code endsOn} in the next (莆田: "于2021年12月至2022年10月开展") in
 * its {@code phases}; a campaign without a span keeps to its year's window.
 */
record Campaign(
        int year,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate selfCheckStart,
        LocalDate selfCheckEnd,
        LocalDate inspectionStart,
        LocalDate inspectionEnd,
        LocalDate ratingDate,
        int noticeWorkingDays,
        LocalDate publicationDate,
        List<LocalDate> holidays,
        List<CampaignPhase> phases,
        String updatedBy,
        OffsetDateTime updatedAt) {

    /** The same calendar with its phases. */
    Campaign withPhases(List<CampaignPhase> list) {
        return new Campaign(
                year,
                startsOn,
                endsOn,
                selfCheckStart,
                selfCheckEnd,
                inspectionStart,
                inspectionEnd,
                ratingDate,
                noticeWorkingDays,
                publicationDate,
                holidays,
                List.copyOf(list),
                updatedBy,
                updatedAt);
    }

    /** The row as stored: holidays are ISO dates, comma separated. */
    record Row(
            int year,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate selfCheckStart,
            LocalDate selfCheckEnd,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            LocalDate ratingDate,
            int noticeWorkingDays,
            LocalDate publicationDate,
            String holidays,
            String updatedBy,
            OffsetDateTime updatedAt) {

        Campaign campaign() {
            List<LocalDate> days = holidays == null || holidays.isBlank()
                    ? List.of()
                    : Arrays.stream(holidays.split(",")).map(LocalDate::parse).toList();
            return new Campaign(
                    year,
                    startsOn,
                    endsOn,
                    selfCheckStart,
                    selfCheckEnd,
                    inspectionStart,
                    inspectionEnd,
                    ratingDate,
                    noticeWorkingDays,
                    publicationDate,
                    days,
                    List.of(),
                    updatedBy,
                    updatedAt);
        }
    }
}
