package dev.saferank.scheme;

import java.math.BigDecimal;

/**
 * The value one eligible agency is ranked by for one rank-based bonus rule (苏州 20.1: its business
 * volume). A streamed rating collects these for every eligible agency, then builds {@link RankPoints}.
 *
 * @param agency the agency id
 * @param rule the rank rule's code
 * @param value the value ranked by, higher first
 */
public record RankValue(String agency, String rule, BigDecimal value) {}
