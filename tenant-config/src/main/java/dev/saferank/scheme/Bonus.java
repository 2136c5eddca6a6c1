package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bonus part (加分项): items that add points, with a total cap.
 *
 * @param cap the total bonus cap
 * @param onePerCause whether honours sharing a cause earn one bonus (同一原因不重复加分; 泉州, 佛山)
 * @param items the bonus items
 */
public record Bonus(BigDecimal cap, boolean onePerCause, List<Item> items) {
    /** A bonus part with one bonus per cause, the default. */
    public Bonus(BigDecimal cap, List<Item> items) {
        this(cap, true, items);
    }
}
