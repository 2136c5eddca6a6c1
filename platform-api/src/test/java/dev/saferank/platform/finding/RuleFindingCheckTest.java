package dev.saferank.platform.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.graphql.UserError;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which codes, counts, shares and enterprises a finding may carry, per the shipped schemes. */
class RuleFindingCheckTest {

    private static final Scheme QUANZHOU = SchemeLoader.fromClasspath("tenants/quanzhou/quanzhou-2023.yaml");
    private static final Scheme LINYI = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
    private static final Scheme SUZHOU = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");

    @Test
    void acceptsAPerOccurrenceRuleWithACount() {
        assertThat(fields(QUANZHOU, input("14.5a", 3, null, null, null))).isEmpty();
    }

    @Test
    void rejectsFindingForUnknownRule() {
        assertThat(errors(QUANZHOU, input("14.9", 1, null, null, null)))
                .containsExactly(UserError.of("input.ruleCode", "UNKNOWN_RULE", "考评标准中没有规则“14.9”"));
    }

    @Test
    void rejectsRulesComputedFromDataOrSanctions() {
        assertThat(fields(QUANZHOU, input("3.1", 1, null, null, null))).containsExactly("input.ruleCode");
        assertThat(fields(QUANZHOU, input("22.1a", 1, null, null, null))).containsExactly("input.ruleCode");
        assertThat(fields(QUANZHOU, input("E1", 1, null, null, null))).containsExactly("input.ruleCode");
    }

    @Test
    void rejectsCountsBelowOneAndAboveTheBound() {
        assertThat(fields(QUANZHOU, input("14.5a", 0, null, null, null))).containsExactly("input.count");
        assertThat(fields(QUANZHOU, input("14.5a", -1, null, null, null))).containsExactly("input.count");
        assertThat(fields(QUANZHOU, input("14.5a", 100_001, null, null, null))).containsExactly("input.count");
    }

    @Test
    void proportionalRulesTakeAShareInZeroToOneOrCountOf() {
        assertThat(fields(SUZHOU, input("6.2", 1, "1", null, null))).isEmpty();
        assertThat(fields(SUZHOU, input("6.2", 1, "0", null, null))).isEmpty();
        assertThat(fields(SUZHOU, input("6.2", 1, "1.5", null, null))).containsExactly("input.value");
        assertThat(fields(SUZHOU, input("6.2", 1, "-0.1", null, null))).containsExactly("input.value");
        assertThat(fields(SUZHOU, input("6.2", 1, "0.3333", null, null))).isEmpty();
        assertThat(fields(SUZHOU, input("6.2", 1, "0.33333", null, null))).containsExactly("input.value");
        assertThat(fields(SUZHOU, input("6.3", 2, null, 3, null))).isEmpty();
        assertThat(fields(SUZHOU, input("6.3", 4, null, 3, null))).containsExactly("input.of");
        assertThat(fields(SUZHOU, input("6.3", 1, "0.5", 3, null))).containsExactly("input.value");
    }

    @Test
    void amountRulesTakeAValueWithinTheCap() {
        assertThat(fields(LINYI, input("21.1", 1, "10", null, null))).isEmpty();
        assertThat(fields(LINYI, input("21.1", 1, "10.5", null, null))).containsExactly("input.value");
    }

    @Test
    void perEnterpriseItemsNeedAnEnterpriseAndOthersRefuseOne() {
        assertThat(RuleFindingCheck.check(LINYI, input("10.1", 1, null, null, "7"), new ArrayList<>())
                        .orElseThrow()
                        .perEnterprise())
                .isTrue();
        assertThat(fields(LINYI, input("10.1", 1, null, null, null))).containsExactly("input.enterprise");
        assertThat(fields(LINYI, input("9.2", 1, null, null, "7"))).containsExactly("input.enterprise");
    }

    @Test
    void vetoesWithoutConditionAreNamedByFindingsWithoutValue() {
        assertThat(fields(LINYI, input("V3", 1, null, null, null))).isEmpty();
        assertThat(fields(LINYI, input("V3", 1, "1", null, null))).containsExactly("input.value");
        assertThat(fields(QUANZHOU, input("V1", 1, null, null, null))).containsExactly("input.ruleCode");
    }

    private static List<UserError> errors(Scheme scheme, RecordFindingInput input) {
        List<UserError> errors = new ArrayList<>();
        RuleFindingCheck.check(scheme, input, errors);
        return errors;
    }

    private static List<String> fields(Scheme scheme, RecordFindingInput input) {
        return errors(scheme, input).stream().map(UserError::field).toList();
    }

    private static RecordFindingInput input(String rule, int count, String value, Integer of, String enterprise) {
        return new RecordFindingInput(
                1L,
                2023,
                rule,
                count,
                value == null ? null : new BigDecimal(value),
                of,
                enterprise,
                "evidence",
                "routineInspection",
                LocalDate.of(2023, 7, 1),
                null);
    }
}
