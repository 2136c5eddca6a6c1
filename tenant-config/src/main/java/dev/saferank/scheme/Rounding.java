package dev.saferank.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of the final total, applied once.
 *
 * @param scale decimal places kept
 * @param mode rounding mode
 */
public record Rounding(int scale, RoundingMode mode) {
    /** Rounds a raw total. */
    public BigDecimal apply(BigDecimal raw) {
        return raw.setScale(scale, mode);
    }
}
