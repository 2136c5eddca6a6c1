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
                new Campaigns.SetCampaignInput(
                        2023,
                        LocalDate.of(2023, 6, 15),
                        LocalDate.of(2023, 7, 14),
                        LocalDate.of(2023, 7, 15),
                        LocalDate.of(2023, 8, 14),
                        null,
                        null,
                        LocalDate.of(2023, 8, 31),
                        List.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 1))),
                "quanzhou-admin");

        assertThat(campaign.noticeWorkingDays()).isEqualTo(7);
        assertThat(campaign.holidays()).containsExactly(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 2));
    }

    @Test
    void acceptsARatingEarlyInTheNextYearAsSuzhouDoes() {
        var input = new Campaigns.SetCampaignInput(
                2023, null, null, null, null, LocalDate.of(2024, 3, 1), 1, LocalDate.of(2024, 6, 30), null);

        assertThat(CampaignRules.checked(input, "suzhou-admin").publicationDate())
                .isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var input = new Campaigns.SetCampaignInput(
                2023,
                LocalDate.of(2023, 7, 14),
                LocalDate.of(2023, 6, 15),
                LocalDate.of(2022, 12, 31),
                null,
                LocalDate.of(2023, 9, 1),
                31,
                LocalDate.of(2023, 8, 31),
                List.of(LocalDate.of(2024, 7, 1)));

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
        var zero = new Campaigns.SetCampaignInput(2023, null, null, null, null, null, 0, null, null);
        var farFuture = new Campaigns.SetCampaignInput(2101, null, null, null, null, null, null, null, null);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(zero, "a"))
                        .errors())
                .extracting(UserError::code)
                .containsExactly("INVALID_NOTICE_DAYS");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CampaignRules.checked(farFuture, "a"))
                        .errors())
                .extracting(UserError::code)
                .containsExactly("INVALID_YEAR");
    }
}
