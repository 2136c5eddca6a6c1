package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.util.ArrayList;
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
        boolean spanned = span(checks, input, year);
        if (spanned && input.endsOn().isAfter(last)) {
            last = input.endsOn();
        }
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
        List<CampaignPhase> phases = phases(checks, input, spanned, first, last);
        checks.throwIfAny();
        return new Campaign(
                year,
                input.startsOn(),
                input.endsOn(),
                input.selfCheckStart(),
                input.selfCheckEnd(),
                input.inspectionStart(),
                input.inspectionEnd(),
                input.ratingDate(),
                notice,
                input.publicationDate(),
                holidays.stream().distinct().sorted().toList(),
                phases,
                actor,
                null);
    }

    /**
     * The campaign's span, both days or neither: it starts in its year and ends by 31 December of the next
     * (莆田: "于2021年12月至2022年10月开展"); whether a valid span was given.
     */
    private static boolean span(Checks checks, Campaigns.SetCampaignInput input, int year) {
        LocalDate start = input.startsOn();
        LocalDate end = input.endsOn();
        if (start == null && end == null) {
            return false;
        }
        if (start == null || end == null) {
            checks.fail(start == null ? "input.startsOn" : "input.endsOn", "REQUIRED", "专项整治期间须同时填写开始日期和结束日期");
            return false;
        }
        boolean valid = true;
        if (start.getYear() != year) {
            checks.fail("input.startsOn", "CAMPAIGN_OUTSIDE_YEAR", "专项整治须在 " + year + " 年内开始（填写的是 " + start + "）");
            valid = false;
        }
        if (end.isBefore(start)) {
            checks.fail("input.endsOn", "END_BEFORE_START", "专项整治结束日期不能早于开始日期");
            valid = false;
        } else if (end.isAfter(LocalDate.of(year + 1, 12, 31))) {
            checks.fail("input.endsOn", "CAMPAIGN_TOO_LONG", "专项整治最迟于次年年底（" + (year + 1) + "-12-31）结束");
            valid = false;
        }
        return valid;
    }

    /** The phases in order: a known kind, a name, both days in order and, like the report's due day, inside the campaign. */
    private static List<CampaignPhase> phases(
            Checks checks, Campaigns.SetCampaignInput input, boolean spanned, LocalDate first, LocalDate last) {
        List<CampaignPhase.Input> given = Optional.ofNullable(input.phases()).orElse(List.of());
        if (given.size() > Campaigns.MAX_PHASES) {
            checks.fail("input.phases", "TOO_MANY", "工作阶段最多 " + Campaigns.MAX_PHASES + " 个");
            return List.of();
        }
        LocalDate from = spanned ? input.startsOn() : first;
        LocalDate to = spanned ? input.endsOn() : last;
        String within = spanned ? "专项整治期间 " + from + " 至 " + to + " 内" : " " + from + " 至 " + to + " 之间";
        List<CampaignPhase> phases = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CampaignPhase.Input phase = given.get(i);
            String at = "input.phases[" + i + "].";
            String name = phase.name() == null ? "" : phase.name().strip();
            String label = name.isEmpty() ? "第 " + (i + 1) + " 个阶段" : "阶段“" + name + "”";
            if (phase.kind() == null || !CampaignPhase.KINDS.containsKey(phase.kind())) {
                checks.fail(at + "kind", "INVALID_PHASE_KIND", label + "的类型须为自查自改、检查、整改、总结、评定公示或其他");
            }
            if (name.isEmpty() || name.length() > 100) {
                checks.fail(at + "name", "REQUIRED", "请填写第 " + (i + 1) + " 个阶段的名称（1 到 100 字）");
            }
            if (phase.startsOn() == null) {
                checks.fail(at + "startsOn", "REQUIRED", "请填写" + label + "的开始日期");
            }
            if (phase.endsOn() == null) {
                checks.fail(at + "endsOn", "REQUIRED", "请填写" + label + "的结束日期");
            }
            order(checks, at + "endsOn", phase.startsOn(), phase.endsOn(), label + "的结束日期不能早于开始日期");
            inCampaign(checks, at + "startsOn", label + "的开始日期", phase.startsOn(), from, to, within);
            inCampaign(checks, at + "endsOn", label + "的结束日期", phase.endsOn(), from, to, within);
            inCampaign(checks, at + "reportDue", label + "的报送日期", phase.reportDue(), from, to, within);
            phases.add(
                    new CampaignPhase(i + 1, phase.kind(), name, phase.startsOn(), phase.endsOn(), phase.reportDue()));
        }
        return phases;
    }

    private static void inCampaign(
            Checks checks, String field, String what, LocalDate date, LocalDate from, LocalDate to, String within) {
        if (date != null && (date.isBefore(from) || date.isAfter(to))) {
            checks.fail(field, "PHASE_OUTSIDE_CAMPAIGN", what + " " + date + " 不在" + within);
        }
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
