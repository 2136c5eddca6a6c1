package dev.saferank.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Ranks evaluated agencies overall and per group ({@link Rankings}); excluded agencies are not ranked. */
final class Ranking {
    /** The group of agencies whose facts do not give the grouping field. */
    static final String UNGROUPED = "(未分类)";

    private Ranking() {}

    static PopulationResult rank(List<Evaluation> evaluations, Scheme scheme) {
        Optional<Grouping> grouping = scheme.grouping();
        Map<String, Evaluation> byAgency = new java.util.HashMap<>();
        List<Rankings.Rated> rated = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (e.exclusion().isEmpty()) {
                byAgency.put(e.agency(), e);
                rated.add(new Rankings.Rated(
                        e.agency(),
                        e.total().orElseThrow(),
                        grouping.map(g -> group(g, e)),
                        !e.vetoes().isEmpty()));
            }
        }
        boolean vetoedLast = scheme.ranking().map(RankOrder::vetoedLast).orElse(false);
        Map<String, Rankings.Ranks> ranks = Rankings.rank(scheme, rated);
        List<PopulationResult.Ranked> overall = new ArrayList<>();
        Map<String, List<PopulationResult.Ranked>> groups = new TreeMap<>();
        for (Rankings.Rated r : Rankings.sorted(rated, vetoedLast)) {
            Evaluation e = byAgency.get(r.agency());
            Rankings.Ranks rank = ranks.get(r.agency());
            overall.add(ranked(e, rank.overall()));
            rank.inGroup().ifPresent(inGroup -> groups.computeIfAbsent(r.group().orElseThrow(), k -> new ArrayList<>())
                    .add(ranked(e, inGroup)));
        }
        return new PopulationResult(evaluations, overall, groups, grouping.flatMap(Grouping::top));
    }

    /** The group of an evaluation: its category or district, {@link #UNGROUPED} when not given. */
    static String group(Grouping g, Evaluation e) {
        Optional<String> key = g.by().equals("category") ? e.category() : e.district();
        return key.orElse(UNGROUPED);
    }

    private static PopulationResult.Ranked ranked(Evaluation e, int rank) {
        return new PopulationResult.Ranked(
                e.agency(), rank, e.total().orElseThrow(), e.grade().orElseThrow());
    }
}
