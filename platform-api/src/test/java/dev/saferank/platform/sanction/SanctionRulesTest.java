package dev.saferank.platform.sanction;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sanction or honour names a known type and level, falls within its year and says who and why. */
class SanctionRulesTest {

    @Test
    void acceptsACityInterviewOfTheYear() {
        assertThatCode(() -> SanctionRules.checkSanction(
                        2023, "interview", "city", LocalDate.of(2023, 12, 31), "泉州市应急管理局", "事由"))
                .doesNotThrowAnyException();
    }

    @Test
    void reportsEveryProblemOfASanctionTogether() {
        assertThatThrownBy(() ->
                        SanctionRules.checkSanction(2023, "fine", "district", LocalDate.of(2024, 1, 1), " ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .extracting(UserError::code)
                                .containsExactly(
                                        "UNKNOWN_TYPE", "UNKNOWN_LEVEL", "DATE_OUTSIDE_YEAR", "REQUIRED", "REQUIRED"));
    }

    @Test
    void refusesAnHonourOutsideItsYearOrWithAnOversizeCause() {
        assertThatThrownBy(() ->
                        SanctionRules.checkHonour(2023, "province", "x".repeat(201), LocalDate.of(2022, 12, 31), "省厅"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .extracting(UserError::field)
                                .containsExactly("input.cause", "input.awardedOn"));
    }
}
