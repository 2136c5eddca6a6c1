package dev.saferank.scheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Ranks evaluated agencies overall and per group; excluded agencies are not ranked. */
final class Ranking {
    /** The group of agencies whose facts do not give the grouping field. */
    static final String UNGROUPED = "(未分类)";

    private Ranking() {}

    static PopulationResult rank(List<Evaluation> evaluations, Optional<Grouping> grouping) {
        List<Evaluation> eligible = evaluations.stream()
                .filter(e -> e.exclusion().isEmpty())
                .sorted(Comparator.comparing((Evaluation e) -> e.total().orElseThrow())
                        .reversed()
                        .thenComparing(Evaluation::agency))
                .toList();
        Map<String, List<PopulationResult.Ranked>> groups = new TreeMap<>();
        grouping.ifPresent(g -> {
            Map<String, List<Evaluation>> byGroup = new TreeMap<>();
            for (Evaluation e : eligible) {
                byGroup.computeIfAbsent(group(g, e), k -> new ArrayList<>()).add(e);
            }
            byGroup.forEach((k, list) -> groups.put(k, ranked(list)));
        });
        return new PopulationResult(evaluations, ranked(eligible), groups, grouping.flatMap(Grouping::top));
    }

    /** The group of an evaluation: its category or district, {@link #UNGROUPED} when not given. */
    static String group(Grouping g, Evaluation e) {
        Optional<String> key = g.by().equals("category") ? e.category() : e.district();
        return key.orElse(UNGROUPED);
    }

    /** Competition ranking over a list already sorted by total descending. */
    private static List<PopulationResult.Ranked> ranked(List<Evaluation> sorted) {
        List<PopulationResult.Ranked> out = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Evaluation e = sorted.get(i);
            if (i == 0
                    || e.total()
                                    .orElseThrow()
                                    .compareTo(sorted.get(i - 1).total().orElseThrow())
                            != 0) {
                rank = i + 1;
            }
            out.add(new PopulationResult.Ranked(
                    e.agency(), rank, e.total().orElseThrow(), e.grade().orElseThrow()));
        }
        return out;
    }
}
