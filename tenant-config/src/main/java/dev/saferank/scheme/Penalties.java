package dev.saferank.scheme;

import java.util.List;

/**
 * Penalties outside the stated total (减分项), subtracted after the sections and the bonus.
 *
 * @param items the penalty items
 */
public record Penalties(List<Item> items) {}
