package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about one agency for one rating: registered data, findings, measurements, sanctions,
 * honours and checklist answers. See {@code docs/SCHEME-FORMAT.md} section 14.
 *
 * @param agency the agency's id
 * @param name the agency's name, if given
 * @param category the agency's category (for grouped ranking), if given
 * @param district the agency's district, if given
 * @param data agency data by declared field name
 * @param sampledEnterprises the served enterprises sampled for per-enterprise sections
 * @param findings the findings
 * @param measurements measurement data by declared name
 * @param sanctions sanction events
 * @param honours honours
 * @param checklistAnswers checklist answers
 */
public record Facts(
        String agency,
        Optional<String> name,
        Optional<String> category,
        Optional<String> district,
        Map<String, BigDecimal> data,
        List<String> sampledEnterprises,
        List<Finding> findings,
        Map<String, Measurement> measurements,
        List<Sanction> sanctions,
        List<Honour> honours,
        List<ChecklistAnswer> checklistAnswers) {

    /** Facts with only an id and data; convenient in tests. */
    public static Facts of(String agency, Map<String, BigDecimal> data, List<Finding> findings) {
        return new Facts(
                agency,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                data,
                List.of(),
                findings,
                Map.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The same facts with other findings. */
    public Facts withFindings(List<Finding> other) {
        return new Facts(
                agency,
                name,
                category,
                district,
                data,
                sampledEnterprises,
                other,
                measurements,
                sanctions,
                honours,
                checklistAnswers);
    }

    /**
     * A confirmed fact against one rule (or veto / exclusion code).
     *
     * @param rule the rule code
     * @param count occurrences, at least 1
     * @param value the share for proportional rules
     * @param enterprise the sampled enterprise, in per-enterprise sections
     * @param of for proportional rules, the share as {@code count} out of {@code of} (exact division)
     */
    public record Finding(
            String rule, int count, Optional<BigDecimal> value, Optional<String> enterprise, Optional<Integer> of) {
        /** A finding without a share given as counts. */
        public Finding(String rule, int count, Optional<BigDecimal> value, Optional<String> enterprise) {
            this(rule, count, value, enterprise, Optional.empty());
        }

        /** A finding with a count. */
        public static Finding of(String rule, int count) {
            return new Finding(rule, count, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Measurement data: plain values, values by evaluator group, or survey responses.
     *
     * @param values plain values
     * @param groups values by evaluator group
     * @param responses survey responses, one letter per question
     */
    public record Measurement(List<BigDecimal> values, Map<String, List<BigDecimal>> groups, List<String> responses) {}

    /**
     * A sanction event.
     *
     * @param type the type
     * @param level the level of the authority, if it has one (多处挂靠 has none)
     */
    public record Sanction(SanctionType type, Optional<Level> level) {}

    /**
     * An honour.
     *
     * @param level the level of the authority
     * @param cause the cause; honours with the same cause earn one bonus
     */
    public record Honour(Level level, String cause) {}

    /**
     * An answer to a checklist question.
     *
     * @param checklist checklist id
     * @param question question number
     * @param answer 是 or 否
     * @param rectification the rectification, if recorded
     */
    public record ChecklistAnswer(
            String checklist, String question, String answer, Optional<Rectification> rectification) {}

    /**
     * A rectification (整改) to track for a finding.
     *
     * @param measure the measure
     * @param deadline the deadline, as written
     * @param responsible the responsible person
     * @param status the status
     */
    public record Rectification(String measure, String deadline, String responsible, String status) {}
}
