package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The checks of a campaign calendar, every problem reported at once. */
final class CampaignRules {

    private CampaignRules() {}

    static Campaign checked(Campaigns.SetCampaignInput input, String actor) {
        var checks = new Checks();
        if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
            checks.fail("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
            checks.throwIfAny();
        }
        int year = input.year();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year + 1, 6, 30);
        List<LocalDate> holidays = Optional.ofNullable(input.holidays()).orElse(List.of());
        inYear(checks, "input.selfCheckStart", input.selfCheckStart(), first, last);
        inYear(checks, "input.selfCheckEnd", input.selfCheckEnd(), first, last);
        inYear(checks, "input.inspectionStart", input.inspectionStart(), first, last);
        inYear(checks, "input.inspectionEnd", input.inspectionEnd(), first, last);
        inYear(checks, "input.ratingDate", input.ratingDate(), first, last);
        inYear(checks, "input.publicationDate", input.publicationDate(), first, last);
        order(checks, "input.selfCheckEnd", input.selfCheckStart(), input.selfCheckEnd(), "自查结束日期不能早于开始日期");
        order(checks, "input.inspectionEnd", input.inspectionStart(), input.inspectionEnd(), "检查结束日期不能早于开始日期");
        order(checks, "input.publicationDate", input.ratingDate(), input.publicationDate(), "公布日期不能早于评定日期");
        int notice = Optional.ofNullable(input.noticeWorkingDays()).orElse(Campaigns.DEFAULT_NOTICE_DAYS);
        if (notice < 1 || notice > 30) {
            checks.fail("input.noticeWorkingDays", "INVALID_NOTICE_DAYS", "公示期须为 1 到 30 个工作日");
        }
        if (holidays.size() > Campaigns.MAX_HOLIDAYS) {
            checks.fail("input.holidays", "TOO_MANY", "节假日最多 " + Campaigns.MAX_HOLIDAYS + " 天");
        }
        for (int i = 0; i < holidays.size(); i++) {
            inYear(checks, "input.holidays[" + i + "]", holidays.get(i), first, last);
        }
        checks.throwIfAny();
        return new Campaign(
                year,
                input.selfCheckStart(),
                input.selfCheckEnd(),
                input.inspectionStart(),
                input.inspectionEnd(),
                input.ratingDate(),
                notice,
                input.publicationDate(),
                holidays.stream().distinct().sorted().toList(),
                actor,
                null);
    }

    private static void inYear(Checks checks, String field, LocalDate date, LocalDate first, LocalDate last) {
        if (date != null && (date.isBefore(first) || date.isAfter(last))) {
            checks.fail(field, "DATE_OUTSIDE_YEAR", "日期 " + date + " 不在 " + first + " 至 " + last + " 之间");
        }
    }

    private static void order(Checks checks, String field, LocalDate start, LocalDate end, String message) {
        if (start != null && end != null && end.isBefore(start)) {
            checks.fail(field, "END_BEFORE_START", message);
        }
    }
}
