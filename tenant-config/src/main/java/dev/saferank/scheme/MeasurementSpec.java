package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declared measurement: plain values, values by evaluator group, or choice-survey responses.
 *
 * @param wording what is measured
 * @param min lowest accepted value (plain and grouped values)
 * @param max highest accepted value (plain and grouped values)
 * @param groups evaluator group names; empty for plain values
 * @param questions number of questions of a choice survey
 * @param choices points per answer letter of a choice survey; empty otherwise
 */
public record MeasurementSpec(
        String wording,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        List<String> groups,
        Optional<Integer> questions,
        Map<String, BigDecimal> choices) {

    /** Whether the facts give survey responses. */
    public boolean isSurvey() {
        return !choices.isEmpty();
    }

    /** Whether the facts give values by evaluator group. */
    public boolean isGrouped() {
        return !groups.isEmpty();
    }
}
