/**
 * A small, safe arithmetic expression language over {@link java.math.BigDecimal}: it has no loops, no
 * user functions and no reflection, so every expression terminates and has no side effects.
 */
package dev.saferank.scheme.expr;
