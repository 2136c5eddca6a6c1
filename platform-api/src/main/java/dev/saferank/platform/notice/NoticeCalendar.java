package dev.saferank.platform.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * Working days of a notice period. Saturdays, Sundays and the campaign's holidays are not working
 * days; the first day counts if it is a working day. The bureaus are in China: "today" is the date
 * in Asia/Shanghai whatever the server's zone.
 */
final class NoticeCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private NoticeCalendar() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The last of {@code workingDays} working days counted from {@code startsOn} (inclusive). */
    static LocalDate endsOn(LocalDate startsOn, int workingDays, Collection<LocalDate> holidays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a notice lasts at least one working day");
        }
        Set<LocalDate> off = Set.copyOf(holidays);
        LocalDate day = startsOn;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day, off)) {
                counted++;
                if (counted == workingDays) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** Whether a date lies within a notice period, both ends included. */
    static boolean within(LocalDate day, LocalDate startsOn, LocalDate endsOn) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
