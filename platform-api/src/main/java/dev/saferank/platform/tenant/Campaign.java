package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** The campaign calendar of a tenant for one year; dates not yet decided are null. */
record Campaign(
        int year,
        LocalDate selfCheckStart,
        LocalDate selfCheckEnd,
        LocalDate inspectionStart,
        LocalDate inspectionEnd,
        LocalDate ratingDate,
        int noticeWorkingDays,
        LocalDate publicationDate,
        List<LocalDate> holidays,
        String updatedBy,
        OffsetDateTime updatedAt) {

    /** The row as stored: holidays are ISO dates, comma separated. */
    record Row(
            int year,
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
                    selfCheckStart,
                    selfCheckEnd,
                    inspectionStart,
                    inspectionEnd,
                    ratingDate,
                    noticeWorkingDays,
                    publicationDate,
                    days,
                    updatedBy,
                    updatedAt);
        }
    }
}
