package dev.saferank.scheme;

import java.util.Map;
import java.util.Optional;

/**
 * The outcome of the population step of rank-based bonuses: every eligible agency's rank and tier
 * points per rank rule. Built by {@link ScoringEngine#rankPoints}; immutable, so it may be shared by
 * threads evaluating agencies in parallel.
 */
public final class RankPoints {
    /** No rank points: the scheme has no rank rule, or agencies are evaluated one by one. */
    public static final RankPoints NONE = new RankPoints(Map.of());

    private final Map<String, BonusScorer.RankPoints> byAgencyAndRule;

    RankPoints(Map<String, BonusScorer.RankPoints> byAgencyAndRule) {
        this.byAgencyAndRule = Map.copyOf(byAgencyAndRule);
    }

    /** The competition rank (1, 1, 3) of an agency for a rank rule; empty if it was not ranked. */
    public Optional<Integer> rank(String agency, String rule) {
        return Optional.ofNullable(byAgencyAndRule.get(RankBonus.key(agency, rule)))
                .map(BonusScorer.RankPoints::rank);
    }

    Map<String, BonusScorer.RankPoints> map() {
        return byAgencyAndRule;
    }
}
