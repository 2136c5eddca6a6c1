package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One scoring rule of an item, carrying the seed's own wording. The kinds are listed in {@code
 * docs/SCHEME-FORMAT.md}.
 */
public sealed interface Rule {
    /** The stable code findings use, e.g. {@code 14.5a}. */
    String code();

    /** The seed's wording of this clause. */
    String wording();

    /** The reading taken, if any. */
    Optional<String> note();

    /** The kind's name as written in scheme files. */
    String kind();

    /** Whether facts name this rule in findings. */
    default boolean takesFindings() {
        return this instanceof Fixed
                || this instanceof PerOccurrence
                || this instanceof Zeroing
                || this instanceof Amount
                || this instanceof Proportional;
    }

    /** Once if a finding is present. */
    record Fixed(String code, String wording, BigDecimal points, Optional<String> note) implements Rule {
        public String kind() {
            return "fixed";
        }
    }

    /** Points per occurrence, up to an optional cap. */
    record PerOccurrence(
            String code, String wording, BigDecimal points, Optional<BigDecimal> cap, Optional<String> note)
            implements Rule {
        public String kind() {
            return "perOccurrence";
        }
    }

    /** The item scores zero whatever else. */
    record Zeroing(String code, String wording, Optional<String> note) implements Rule {
        public String kind() {
            return "zeroing";
        }
    }

    /** Points times a share in [0, 1] given by the finding. */
    record Proportional(String code, String wording, BigDecimal points, Optional<String> note) implements Rule {
        public String kind() {
            return "proportional";
        }
    }

    /** An amount the finding gives ({@code value}), within the rule's cap (临沂 适当加分). */
    record Amount(String code, String wording, BigDecimal cap, Optional<String> note) implements Rule {
        public String kind() {
            return "amount";
        }
    }

    /** An amount computed from agency data and sanctions. */
    record Computed(String code, String wording, String expression, Optional<BigDecimal> cap, Optional<String> note)
            implements Rule {
        public String kind() {
            return "computed";
        }
    }

    /** An amount computed from an aggregated measurement bound to {@code as}. */
    record Measured(
            String code,
            String wording,
            String measurement,
            Aggregate aggregate,
            String as,
            String expression,
            Optional<BigDecimal> cap,
            Optional<String> minCount,
            Optional<String> note)
            implements Rule {
        public String kind() {
            return "measured";
        }
    }

    /** Bonus per honour of the given levels, one per cause. */
    record Honour(
            String code,
            String wording,
            List<Level> levels,
            BigDecimal points,
            Optional<BigDecimal> cap,
            Optional<String> note)
            implements Rule {
        public String kind() {
            return "honour";
        }
    }

    /** Bonus by rank within the tenant's population. */
    record Rank(String code, String wording, String by, List<Tier> tiers, Optional<String> note) implements Rule {
        public String kind() {
            return "rank";
        }
    }

    /** Penalty per sanction of a type (and level). */
    record Sanction(
            String code,
            String wording,
            SanctionType sanction,
            List<Level> levels,
            BigDecimal points,
            Optional<BigDecimal> cap,
            Optional<String> note)
            implements Rule {
        public String kind() {
            return "sanction";
        }
    }

    /**
     * A rank tier: ranks up to {@code upTo} (inclusive, after the previous tier) get {@code points}.
     *
     * @param upTo the last rank of the tier
     * @param points the points
     */
    record Tier(int upTo, BigDecimal points) {}

    /** How measurement values are combined. */
    enum Aggregate {
        MEAN,
        MEAN_OF_GROUP_MEANS,
        SUM,
        MIN,
        MAX
    }
}
