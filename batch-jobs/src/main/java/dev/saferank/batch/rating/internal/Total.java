package dev.saferank.batch.rating.internal;

import java.math.BigDecimal;

/**
 * An agency's rounded total, ranking group and whether a veto set its grade, or no total when excluded or
 * not evaluated.
 */
record Total(long agencyId, BigDecimal total, String groupKey, boolean vetoed) {}
