package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ranks rated agencies the one way every caller ranks them (the engine's population evaluation, the what-if
 * and the rating job, which ranks totals it streamed): competition ranking (1, 1, 3) by rounded total,
 * overall and within each group; where the scheme says so ({@link RankOrder#vetoedLast()}), every vetoed
 * agency after every agency without a veto. Ties are listed by agency id.
 */
public final class Rankings {

    private Rankings() {}

    /**
     * One rated agency as a ranking sees it.
     *
     * @param agency the agency id
     * @param total its rounded total
     * @param group its ranking group, empty when the scheme does not group
     * @param vetoed whether a veto set its grade
     */
    public record Rated(String agency, BigDecimal total, Optional<String> group, boolean vetoed) {}

    /**
     * An agency's ranks.
     *
     * @param overall its overall rank
     * @param inGroup its rank within its group; empty when the scheme does not group
     */
    public record Ranks(int overall, Optional<Integer> inGroup) {}

    /** The ranks of rated (not excluded) agencies under a scheme. */
    public static Map<String, Ranks> rank(Scheme scheme, List<Rated> rated) {
        boolean vetoedLast = scheme.ranking().map(RankOrder::vetoedLast).orElse(false);
        List<Rated> sorted = sorted(rated, vetoedLast);
        Map<String, Integer> overall = competition(sorted, vetoedLast);
        Map<String, Integer> inGroup = new HashMap<>();
        if (scheme.grouping().isPresent()) {
            Map<String, List<Rated>> byGroup = new TreeMap<>();
            sorted.forEach(r -> byGroup.computeIfAbsent(r.group().orElse(Ranking.UNGROUPED), k -> new ArrayList<>())
                    .add(r));
            byGroup.values().forEach(list -> inGroup.putAll(competition(list, vetoedLast)));
        }
        Map<String, Ranks> out = new HashMap<>();
        for (Rated r : sorted) {
            out.put(
                    r.agency(),
                    new Ranks(
                            overall.get(r.agency()),
                            scheme.grouping().isPresent() ? Optional.of(inGroup.get(r.agency())) : Optional.empty()));
        }
        return out;
    }

    /**
     * The ranking order: (vetoed last where the scheme says so,) total descending, then agency id (as text).
     * One comparator method rather than a chain of {@code Comparator.comparing}: the rating job sorts 50,000
     * agencies once, in a JVM where the chain's lambdas are still interpreted (a third of its rank step).
     */
    static List<Rated> sorted(List<Rated> rated, boolean vetoedLast) {
        Comparator<Rated> order = (a, b) -> {
            if (vetoedLast && a.vetoed() != b.vetoed()) {
                return a.vetoed() ? 1 : -1;
            }
            int byTotal = b.total().compareTo(a.total());
            return byTotal != 0 ? byTotal : a.agency().compareTo(b.agency());
        };
        List<Rated> sorted = new ArrayList<>(rated);
        sorted.sort(order);
        return Collections.unmodifiableList(sorted);
    }

    /** Competition ranks over a sorted list: equal totals (in the same veto class) share a rank. */
    static Map<String, Integer> competition(List<Rated> sorted, boolean vetoedLast) {
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Rated r = sorted.get(i);
            Rated before = i == 0 ? null : sorted.get(i - 1);
            if (before == null
                    || r.total().compareTo(before.total()) != 0
                    || (vetoedLast && r.vetoed() != before.vetoed())) {
                rank = i + 1;
            }
            ranks.put(r.agency(), rank);
        }
        return ranks;
    }
}
