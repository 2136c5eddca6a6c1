package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's population evaluated under one scheme version, with its rankings.
 *
 * @param evaluations every agency's evaluation, in input order
 * @param overall the ranking of eligible agencies by rounded total
 * @param groups the ranking within each group (佛山 分类考核), keyed by group; empty without grouping
 * @param top how many per group are named at the top, if the scheme says so
 */
public record PopulationResult(
        List<Evaluation> evaluations, List<Ranked> overall, Map<String, List<Ranked>> groups, Optional<Integer> top) {

    /** The evaluation of one agency. */
    public Optional<Evaluation> evaluation(String agency) {
        return evaluations.stream().filter(e -> e.agency().equals(agency)).findFirst();
    }

    /**
     * The agencies named at the top of a group (佛山 标杆机构: 前15名): those ranked {@code <= top}, so agencies
     * tied at the cut are all named. Empty when the scheme names no top.
     */
    public List<Ranked> named(String group) {
        return top.map(t -> groups.getOrDefault(group, List.of()).stream()
                        .filter(r -> r.rank() <= t)
                        .toList())
                .orElse(List.of());
    }

    /** The overall rank of one agency; empty if excluded or unknown. */
    public Optional<Integer> rank(String agency) {
        return overall.stream()
                .filter(r -> r.agency().equals(agency))
                .map(Ranked::rank)
                .findFirst();
    }

    /**
     * One line of a ranking. Equal totals share a rank (1, 1, 3); tied agencies are listed by agency id.
     *
     * @param agency the agency id
     * @param rank the rank
     * @param total the rounded total
     * @param grade the grade
     */
    public record Ranked(String agency, int rank, BigDecimal total, String grade) {}
}
