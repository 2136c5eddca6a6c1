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
 * @param passMark a plain value below it fails (临沂 抽考: "对专业技术人员测试不合格的，不得从事相应技术服务活动"), if the
 *     scheme says so
 */
public record MeasurementSpec(
        String wording,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        List<String> groups,
        Optional<Integer> questions,
        Map<String, BigDecimal> choices,
        Optional<BigDecimal> passMark) {

    /** A measurement without a pass mark. */
    public MeasurementSpec(
            String wording,
            Optional<BigDecimal> min,
            Optional<BigDecimal> max,
            List<String> groups,
            Optional<Integer> questions,
            Map<String, BigDecimal> choices) {
        this(wording, min, max, groups, questions, choices, Optional.empty());
    }

    /** Whether a plain value fails the pass mark (a value equal to the mark passes). */
    public boolean fails(BigDecimal value) {
        return passMark.isPresent() && value != null && value.compareTo(passMark.get()) < 0;
    }

    /** Whether the facts give survey responses. */
    public boolean isSurvey() {
        return !choices.isEmpty();
    }

    /** Whether the facts give values by evaluator group. */
    public boolean isGrouped() {
        return !groups.isEmpty();
    }
}
