package dev.saferank.platform.agency;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agency data fields the platform derives from registered records instead of asking for
 * them. A scheme field of one of these names is never entered by hand.
 */
final class DerivedFields {

    private static final Map<String, Function<DerivedCounts, Optional<BigDecimal>>> FIELDS = Map.of(
            "officeArea", counts -> Optional.ofNullable(counts.officeArea()).map(DerivedFields::plain),
            "fullTimeStaff", counts -> count(counts.fullTimeStaff()),
            "registeredEngineers", counts -> count(counts.registeredEngineers()),
            "qualifiedStaff", counts -> count(counts.qualifiedStaff()),
            "multiEmployedStaff", counts -> count(counts.multiEmployedStaff()),
            "businessVolume", counts -> count(counts.businessVolume()),
            "hadBusiness", counts -> count(Math.min(1, counts.businessVolume())),
            "businessInTwoYears", counts -> count(Math.min(1, counts.businessInTwoYears())));

    private DerivedFields() {}

    static boolean isDerived(String field) {
        return FIELDS.containsKey(field);
    }

    /** The derived value of a field; empty for a field that is not derived or has no value. */
    static Optional<BigDecimal> value(String field, Optional<DerivedCounts> counts) {
        var derive = FIELDS.get(field);
        return derive == null ? Optional.empty() : counts.flatMap(derive);
    }

    private static Optional<BigDecimal> count(long count) {
        return Optional.of(BigDecimal.valueOf(count));
    }

    /** 120.00 → 120, 85.50 → 85.5: without trailing zeros, never in exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
