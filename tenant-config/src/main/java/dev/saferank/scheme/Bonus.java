package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bonus part (加分项): items that add points, with a total cap; one bonus per honour cause.
 *
 * @param cap the total bonus cap
 * @param items the bonus items
 */
public record Bonus(BigDecimal cap, List<Item> items) {}
