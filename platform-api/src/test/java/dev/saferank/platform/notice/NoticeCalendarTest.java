package dev.saferank.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notice periods counted in working days, checked against the calendar by hand. */
class NoticeCalendarTest {

    @Test
    void linyiSevenWorkingDaysFromAMondaySkipOneWeekend() {
        // Mon 2022-07-04 … Fri 07-08 are days 1–5; Sat 07-09 and Sun 07-10 skipped; Mon 07-11 = 6, Tue 07-12 = 7
        assertThat(NoticeCalendar.endsOn(LocalDate.of(2022, 7, 4), 7, List.of()))
                .isEqualTo(LocalDate.of(2022, 7, 12));
    }

    @Test
    void foshanThreeWorkingDaysFromAFridayEndOnTuesday() {
        // Fri 2023-08-25 = 1; Sat 08-26, Sun 08-27 skipped; Mon 08-28 = 2; Tue 08-29 = 3
        assertThat(NoticeCalendar.endsOn(LocalDate.of(2023, 8, 25), 3, List.of()))
                .isEqualTo(LocalDate.of(2023, 8, 29));
    }

    @Test
    void aNoticeStartingOnASaturdayCountsFromMonday() {
        assertThat(NoticeCalendar.endsOn(LocalDate.of(2023, 8, 26), 1, List.of()))
                .isEqualTo(LocalDate.of(2023, 8, 28));
    }

    @Test
    void theNationalDayHolidaysAreSkippedLikeWeekends() {
        // 2023 中秋/国庆: 09-29 to 10-06 configured as holidays.
        // Thu 09-28 = 1; 09-29 … 10-06 holidays (weekend 09-30/10-01 within); Sat 10-07, Sun 10-08 weekend;
        // Mon 10-09 = 2, 10-10 = 3, 10-11 = 4, 10-12 = 5, Fri 10-13 = 6; Mon 10-16 = 7
        List<LocalDate> holidays = new ArrayList<>();
        for (var day = LocalDate.of(2023, 9, 29); !day.isAfter(LocalDate.of(2023, 10, 6)); day = day.plusDays(1)) {
            holidays.add(day);
        }
        assertThat(NoticeCalendar.endsOn(LocalDate.of(2023, 9, 28), 7, holidays))
                .isEqualTo(LocalDate.of(2023, 10, 16));
    }

    @Test
    void aHolidayOnAWorkingDayInTheMiddleMovesTheEndByOneDay() {
        // Mon 2023-06-19 … : 06-22 (Thu, 端午) off: 19, 20, 21, 23 = 4 days, Mon 06-26 = 5
        assertThat(NoticeCalendar.endsOn(LocalDate.of(2023, 6, 19), 5, List.of(LocalDate.of(2023, 6, 22))))
                .isEqualTo(LocalDate.of(2023, 6, 26));
    }

    @Test
    void periodsIncludeBothEnds() {
        var start = LocalDate.of(2023, 8, 25);
        var end = LocalDate.of(2023, 8, 29);
        assertThat(NoticeCalendar.within(start, start, end)).isTrue();
        assertThat(NoticeCalendar.within(end, start, end)).isTrue();
        assertThat(NoticeCalendar.within(end.plusDays(1), start, end)).isFalse();
        assertThat(NoticeCalendar.within(start.minusDays(1), start, end)).isFalse();
    }

    @Test
    void aNoticeLastsAtLeastOneDay() {
        assertThatThrownBy(() -> NoticeCalendar.endsOn(LocalDate.of(2023, 8, 25), 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trackingCodesAreTwelveUnambiguousCharactersAndDiffer() {
        var codes = new java.util.HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCodes.next();
            assertThat(TrackingCodes.wellFormed(code)).as(code).isTrue();
            assertThat(code).doesNotContain("0", "O", "1", "I");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
        assertThat(TrackingCodes.wellFormed("ABCDEFGHJKL0")).isFalse();
        assertThat(TrackingCodes.wellFormed("abc")).isFalse();
    }
}
