package dev.saferank.scheme;

/**
 * How a city orders its ranking beyond the points (section {@code ranking} of a scheme file).
 *
 * @param vetoedLast an agency whose grade a veto set (不合格, 差, 不予评定星级) is ranked below every agency
 *     without a veto, whatever its points: a bureau never publishes a vetoed agency above a good one
 * @param wording the seed's own words this reading rests on
 */
public record RankOrder(boolean vetoedLast, String wording) {}
