package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which published lists an agency is on, from its place in a final ranking: a pure function of
 * the scheme's {@code publication} section, so that the publication job and the tests agree.
 */
public final class PublicationLists {

    private PublicationLists() {}

    /**
     * Where one rated (not excluded) agency stands in the final ranking.
     *
     * @param rank overall competition rank (1, 1, 3)
     * @param groupRank rank within its group; 0 when the scheme does not group
     * @param bottomRank 1 + the number of agencies with a strictly lower total (the worst is 1; ties share it)
     * @param grade the grade as published
     * @param vetoed whether a veto set the grade: a vetoed agency is never named among the best
     * @param total the rated total; null where unknown (no {@code below} list then names the agency)
     */
    public record Standing(int rank, int groupRank, int bottomRank, String grade, boolean vetoed, BigDecimal total) {

        /** A standing without its total. */
        public Standing(int rank, int groupRank, int bottomRank, String grade, boolean vetoed) {
            this(rank, groupRank, bottomRank, grade, vetoed, null);
        }
    }

    /**
     * The rated population a list is cut from.
     *
     * @param size agencies rated and ranked
     * @param byGrade how many of them have each grade (vetoed ones under their forced grade)
     */
    public record Population(int size, Map<String, Integer> byGrade) {}

    /** The codes of the lists the agency is on, in the scheme's order. */
    public static List<String> of(Scheme scheme, Standing standing, Population population) {
        Publication publication = scheme.publication().orElseThrow();
        List<String> out = new ArrayList<>();
        for (PublicationList list : publication.lists()) {
            if (member(scheme, list, standing, population)) {
                out.add(list.code());
            }
        }
        return out;
    }

    /**
     * How many are named from the top on a {@code best} list: as many as have a qualifying grade, at least
     * {@code min}, at most {@code max} (泉州 服务好的机构10-20家). Ties at the cut are all named.
     */
    static int bestCut(PublicationList list, Population population) {
        int qualifying = list.grades().isEmpty()
                ? population.size()
                : list.grades().stream()
                        .mapToInt(g -> population.byGrade().getOrDefault(g, 0))
                        .sum();
        int cut = Math.max(list.min().orElse(0), qualifying);
        return Math.min(list.max().orElse(Integer.MAX_VALUE), cut);
    }

    /**
     * An agency is never named both among the best and the worst: in a small population (fewer agencies than
     * the lists take together: a city's first year, a county) the best list's {@code min} and the worst list's
     * {@code max} would otherwise overlap and name an 优秀 agency 服务差. Where they meet, an agency whose grade
     * qualifies it for a best list stays there; any other goes on the worst list only.
     */
    private static boolean member(Scheme scheme, PublicationList list, Standing s, Population population) {
        List<PublicationList> all = scheme.publication().orElseThrow().lists();
        return switch (list.kind()) {
            case GROUP_TOP ->
                s.groupRank() > 0
                        && s.groupRank()
                                <= scheme.grouping().flatMap(Grouping::top).orElse(0);
            case BEST -> cutForBest(list, s, population) && (gradeQualifies(list, s) || !onWorst(all, s));
            case WORST ->
                s.bottomRank() <= list.max().orElseThrow()
                        && all.stream()
                                .noneMatch(best -> best.kind() == PublicationList.Kind.BEST
                                        && cutForBest(best, s, population)
                                        && gradeQualifies(best, s));
            case GRADES -> list.grades().contains(s.grade());
            case BELOW ->
                s.total() != null
                        && s.total().compareTo(BigDecimal.valueOf(list.under().orElseThrow())) < 0;
        };
    }

    private static boolean cutForBest(PublicationList list, Standing s, Population population) {
        return !s.vetoed() && s.rank() <= bestCut(list, population);
    }

    /** The grade is one the best list names (a list without grades names any). */
    private static boolean gradeQualifies(PublicationList list, Standing s) {
        return list.grades().isEmpty() || list.grades().contains(s.grade());
    }

    private static boolean onWorst(List<PublicationList> all, Standing s) {
        return all.stream()
                .anyMatch(l -> l.kind() == PublicationList.Kind.WORST
                        && s.bottomRank() <= l.max().orElseThrow());
    }

    /**
     * A published standing after a downgrade: the grade one band lower ({@code lowerGrade}; the lowest band
     * stays) or the revoked list left ({@code revoke}); lists chosen by grade follow the new grade, lists
     * chosen by rank stay as they were.
     *
     * @return the new grade and lists, or empty when nothing would change (already the lowest band, not on
     *     the revoked list)
     */
    public static Optional<Downgraded> downgrade(Scheme scheme, String grade, List<String> lists) {
        Publication.Downgrade rule =
                scheme.publication().flatMap(Publication::downgrade).orElseThrow();
        return switch (rule.action()) {
            case LOWER_GRADE ->
                lower(scheme, grade).map(lower -> {
                    List<String> kept = new ArrayList<>();
                    for (PublicationList list :
                            scheme.publication().orElseThrow().lists()) {
                        boolean byGrade = list.kind() == PublicationList.Kind.GRADES;
                        if (byGrade ? list.grades().contains(lower) : lists.contains(list.code())) {
                            kept.add(list.code());
                        }
                    }
                    return new Downgraded(lower, kept);
                });
            case REVOKE -> {
                String revoked = rule.list().orElseThrow();
                yield lists.contains(revoked)
                        ? Optional.of(new Downgraded(
                                grade,
                                lists.stream().filter(l -> !l.equals(revoked)).toList()))
                        : Optional.empty();
            }
        };
    }

    /**
     * A published standing cancelled (苏州 7.6.3 "取消已评定的星级并予以公告"): the lowest band, on the lists chosen by
     * grade that hold it (none for 苏州's 不予评定星级) and on no list chosen by rank. For a scheme whose downgrade
     * revokes (佛山), cancelling is that revocation.
     *
     * @return the new grade and lists, or empty when nothing would change
     */
    public static Optional<Downgraded> cancel(Scheme scheme, String grade, List<String> lists) {
        Optional<Publication.Downgrade> rule = scheme.publication().flatMap(Publication::downgrade);
        if (rule.isPresent() && rule.get().action() == Publication.Downgrade.Action.REVOKE) {
            return downgrade(scheme, grade, lists);
        }
        List<Band> bands = scheme.bands();
        String lowest = bands.getLast().label();
        List<String> kept = new ArrayList<>();
        for (PublicationList list : scheme.publication().orElseThrow().lists()) {
            if (list.kind() == PublicationList.Kind.GRADES && list.grades().contains(lowest)) {
                kept.add(list.code());
            }
        }
        return lowest.equals(grade) && kept.equals(lists)
                ? Optional.empty()
                : Optional.of(new Downgraded(lowest, kept));
    }

    /** The band below {@code grade}, if there is one. */
    static Optional<String> lower(Scheme scheme, String grade) {
        List<Band> bands = scheme.bands();
        for (int i = 0; i < bands.size() - 1; i++) {
            if (bands.get(i).label().equals(grade)) {
                return Optional.of(bands.get(i + 1).label());
            }
        }
        return Optional.empty();
    }

    /**
     * A standing after a downgrade.
     *
     * @param grade the published grade
     * @param lists the list codes
     */
    public record Downgraded(String grade, List<String> lists) {}
}
