package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A grade band: totals at or above {@code min} (and below the previous band) get the label.
 *
 * @param min the inclusive lower bound; empty only for the last band
 * @param label the grade label (优秀, 五星…)
 */
public record Band(Optional<BigDecimal> min, String label) {}
