package dev.saferank.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    @Test
    void acceptsQuanzhousCalendarWithTheDefaultNotice() {
        Campaign campaign = CampaignRules.checked(
                year(2023)
                        .selfCheck(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 7, 14))
                        .inspection(LocalDate.of(2023, 7, 15), LocalDate.of(2023, 8, 14))
                        .publication(LocalDate.of(2023, 8, 31))
                        .holidays(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 1))
                        .input(),
                "quanzhou-admin");

        assertThat(campaign.noticeWorkingDays()).isEqualTo(7);
        assertThat(campaign.holidays()).containsExactly(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 2));
    }

    @Test
    void acceptsARatingEarlyInTheNextYearAsSuzhouDoes() {
        var input = year(2023)
                .rating(LocalDate.of(2024, 3, 1))
                .noticeDays(1)
                .publication(LocalDate.of(2024, 6, 30))
                .input();

        assertThat(CampaignRules.checked(input, "suzhou-admin").publicationDate())
                .isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var input = year(2023)
                .selfCheck(LocalDate.of(2023, 7, 14), LocalDate.of(2023, 6, 15))
                .inspection(LocalDate.of(2022, 12, 31), null)
                .rating(LocalDate.of(2023, 9, 1))
                .noticeDays(31)
                .publication(LocalDate.of(2023, 8, 31))
                .holidays(LocalDate.of(2024, 7, 1))
                .input();

        var invalid =
                catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(input, "quanzhou-admin"));

        assertThat(invalid.errors())
                .extracting(UserError::field, UserError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("input.inspectionStart", "DATE_OUTSIDE_YEAR"),
                        org.assertj.core.groups.Tuple.tuple("input.selfCheckEnd", "END_BEFORE_START"),
                        org.assertj.core.groups.Tuple.tuple("input.publicationDate", "END_BEFORE_START"),
                        org.assertj.core.groups.Tuple.tuple("input.noticeWorkingDays", "INVALID_NOTICE_DAYS"),
                        org.assertj.core.groups.Tuple.tuple("input.holidays[0]", "DATE_OUTSIDE_YEAR"));
    }

    @Test
    void refusesANoticeOfZeroDaysAndAYearOutOfRange() {
        var zero = year(2023).noticeDays(0).input();
        var farFuture = year(2101).input();

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(zero, "a"))
                        .errors())
                .extracting(UserError::code)
                .containsExactly("INVALID_NOTICE_DAYS");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(farFuture, "a"))
                        .errors())
                .extracting(UserError::code)
                .containsExactly("INVALID_YEAR");
    }

    /**
     * 莆应急〔2021〕118号: "决定于2021年12月至2022年10月开展……专项整治"; 三、工作安排: 自查自改（2021年12月—2022年3月）,
     * 市县检查（2022年4月—5月）"报告于2022年5月27日前报市局", 省市抽查（2022年6月—9月）, 总结提升（2022年10月）
     * "于2022年9月25日前报送市局". The campaign of year 2021 ends in October 2022, four months past the year's
     * window (30 June of the next year), and its phases lie in it.
     */
    @Test
    void acceptsPutiansCampaignOverTwoYearsWithItsPhases() {
        var input = year(2021)
                .span(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 10, 31))
                .phases(
                        phase("selfCheck", "自查自改", "2021-12-01", "2022-03-31", "2022-03-20"),
                        phase("inspection", "市县检查", "2022-04-01", "2022-05-31", "2022-05-27"),
                        phase("rectification", "省市抽查", "2022-06-01", "2022-09-30", null),
                        phase("summary", "总结提升", "2022-10-01", "2022-10-31", "2022-09-25"))
                .input();

        Campaign campaign = CampaignRules.checked(input, "putian-admin");

        assertThat(campaign.endsOn()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(campaign.phases()).extracting(CampaignPhase::seq).containsExactly(1, 2, 3, 4);
        assertThat(campaign.phases().get(3).reportDue()).isEqualTo(LocalDate.of(2022, 9, 25));
    }

    @Test
    void refusesAPhaseOutsideTheCampaignAndASpanBeyondTheNextYear() {
        var outside = year(2021)
                .span(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 10, 31))
                .phases(
                        phase("inspection", "市县检查", "2021-11-01", "2022-05-31", null),
                        phase("summary", "总结提升", "2022-10-01", "2022-11-30", "2022-09-25"),
                        phase("review", "", "2022-06-01", "2022-05-01", null))
                .input();
        var tooLong = year(2021)
                .span(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1))
                .input();

        var invalid =
                catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(outside, "putian-admin"));
        var span =
                catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(tooLong, "putian-admin"));

        assertThat(invalid.errors())
                .extracting(UserError::field, UserError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("input.phases[0].startsOn", "PHASE_OUTSIDE_CAMPAIGN"),
                        org.assertj.core.groups.Tuple.tuple("input.phases[1].endsOn", "PHASE_OUTSIDE_CAMPAIGN"),
                        org.assertj.core.groups.Tuple.tuple("input.phases[2].kind", "INVALID_PHASE_KIND"),
                        org.assertj.core.groups.Tuple.tuple("input.phases[2].name", "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("input.phases[2].endsOn", "END_BEFORE_START"));
        assertThat(invalid.errors().get(0).message())
                .isEqualTo("阶段“市县检查”的开始日期 2021-11-01 不在专项整治期间 2021-12-01 至 2022-10-31 内");
        assertThat(span.errors())
                .extracting(UserError::field, UserError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("input.startsOn", "CAMPAIGN_OUTSIDE_YEAR"),
                        org.assertj.core.groups.Tuple.tuple("input.endsOn", "CAMPAIGN_TOO_LONG"));
    }

    private static CampaignInput year(int year) {
        return new CampaignInput(year);
    }

    private static CampaignPhase.Input phase(String kind, String name, String starts, String ends, String due) {
        return new CampaignPhase.Input(
                kind, name, LocalDate.parse(starts), LocalDate.parse(ends), due == null ? null : LocalDate.parse(due));
    }

    /** A calendar as the bureau admin fills it in: the year, and only the dates a test names (the rest left empty). */
    private static final class CampaignInput {
        private final int year;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private LocalDate selfCheckStart;
        private LocalDate selfCheckEnd;
        private LocalDate inspectionStart;
        private LocalDate inspectionEnd;
        private LocalDate ratingDate;
        private Integer noticeWorkingDays;
        private LocalDate publicationDate;
        private List<LocalDate> holidays;
        private List<CampaignPhase.Input> phases;

        CampaignInput(int year) {
            this.year = year;
        }

        /** The 专项整治 campaign's first and last day. */
        CampaignInput span(LocalDate starts, LocalDate ends) {
            startsOn = starts;
            endsOn = ends;
            return this;
        }

        CampaignInput selfCheck(LocalDate start, LocalDate end) {
            selfCheckStart = start;
            selfCheckEnd = end;
            return this;
        }

        CampaignInput inspection(LocalDate start, LocalDate end) {
            inspectionStart = start;
            inspectionEnd = end;
            return this;
        }

        CampaignInput rating(LocalDate date) {
            ratingDate = date;
            return this;
        }

        CampaignInput noticeDays(int days) {
            noticeWorkingDays = days;
            return this;
        }

        CampaignInput publication(LocalDate date) {
            publicationDate = date;
            return this;
        }

        CampaignInput holidays(LocalDate... days) {
            holidays = List.of(days);
            return this;
        }

        CampaignInput phases(CampaignPhase.Input... all) {
            phases = List.of(all);
            return this;
        }

        Campaigns.SetCampaignInput input() {
            return new Campaigns.SetCampaignInput(
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
                    phases);
        }
    }
}
