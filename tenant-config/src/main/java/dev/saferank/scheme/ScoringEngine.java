package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure scoring engine of one scheme version: no Spring, no I/O, no shared mutable state, so one
 * instance may be used from many threads. The scheme is compiled once in the constructor.
 */
public final class ScoringEngine {
    private final CompiledScheme compiled;

    /**
     * Compiles a scheme.
     *
     * @throws InvalidSchemeException if the scheme does not validate
     */
    public ScoringEngine(Scheme scheme) {
        List<Problem> problems = SchemeValidator.validate(scheme);
        if (!problems.isEmpty()) {
            throw new InvalidSchemeException(problems);
        }
        if (!scheme.scores()) {
            throw new InvalidSchemeException(
                    List.of(new Problem("sections", "checklist-only scheme: use ChecklistEvaluator, it has no score")));
        }
        this.compiled = new CompiledScheme(scheme);
    }

    /** The scheme evaluated. */
    public Scheme scheme() {
        return compiled.scheme;
    }

    /**
     * Evaluates one agency. Population steps (rank-based bonus) contribute 0 here and say so in the
     * trail; use {@link #evaluatePopulation(List)} for a rating run.
     *
     * @throws InvalidFactsException listing every problem of the facts by path
     */
    public Evaluation evaluate(Facts facts) {
        return evaluate(checked(facts, ""), Map.of());
    }

    /**
     * The facts counted, or, when they are incomplete, an agency that an exclusion the facts at hand decide
     * keeps out (佛山 E2 立案处罚 needs no survey): excluded needs no invented facts.
     *
     * @throws InvalidFactsException when the facts are incomplete and no exclusion is decided
     */
    private Tally checked(Facts facts, String path) {
        FactsChecker.Checked checked = FactsChecker.checkLeniently(facts, compiled, path);
        if (checked.problems().isEmpty()) {
            return checked.tally();
        }
        if (Outcomes.decidableExclusion(checked.tally(), compiled).isPresent()) {
            checked.tally().excludedDespiteProblems = true;
            return checked.tally();
        }
        throw new InvalidFactsException(checked.problems());
    }

    /**
     * Evaluates a tenant's population: rank-based bonuses over the eligible agencies, then every agency,
     * then the overall and grouped rankings.
     *
     * @throws InvalidFactsException listing every problem of every agency, by path {@code agencies[i]…}
     */
    public PopulationResult evaluatePopulation(List<Facts> population) {
        Problems problems = new Problems();
        List<Tally> tallies = new ArrayList<>(population.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < population.size(); i++) {
            String path = "agencies[" + i + "]";
            if (!ids.add(population.get(i).agency())) {
                problems.add(path + ".agency", "agency " + population.get(i).agency() + " appears twice");
            }
            try {
                tallies.add(checked(population.get(i), path));
            } catch (InvalidFactsException e) {
                e.problems().forEach(p -> problems.add(p.path(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems.list());
        }
        List<Tally> eligible =
                tallies.stream().filter(t -> exclusion(t).isEmpty()).toList();
        Map<String, BonusScorer.RankPoints> rank = RankBonus.compute(compiled, eligible);
        List<Evaluation> evaluations =
                tallies.stream().map(t -> evaluate(t, rank)).toList();
        return Ranking.rank(evaluations, compiled.scheme);
    }

    // Streaming: a rating job that cannot hold a tenant in memory evaluates agency by agency, in the
    // order evaluatePopulation does: rank values of the eligible agencies, rank points, then each
    // agency with those points; it ranks the totals itself (competition ranking, see PopulationResult).

    /**
     * The exclusion that keeps an agency out of the rating and ranking, if any (first in scheme order).
     *
     * @throws InvalidFactsException listing every problem of the facts by path
     */
    public Optional<Evaluation.Outcome> exclusion(Facts facts) {
        return exclusion(checked(facts, ""));
    }

    private Optional<Evaluation.Outcome> exclusion(Tally t) {
        return t.excludedDespiteProblems ? Outcomes.decidableExclusion(t, compiled) : Outcomes.exclusion(t, compiled);
    }

    /** Whether the scheme has rank-based bonus rules, which need a pass over the eligible agencies first. */
    public boolean hasRankRules() {
        return !RankBonus.rules(compiled).isEmpty();
    }

    /**
     * The values an agency is ranked by for the scheme's rank rules (苏州 20.1: business volume), one per
     * rule; empty when the agency is excluded (excluded agencies take no rank) or the scheme has none.
     *
     * @throws InvalidFactsException listing every problem of the facts by path
     */
    public List<RankValue> rankValues(Facts facts) {
        Tally t = checked(facts, "");
        return exclusion(t).isPresent() ? List.of() : RankBonus.values(compiled, t);
    }

    /**
     * The rank points of the population step from the rank values of all eligible agencies (and only
     * those): per rule, higher values rank first, equal values share the best rank and its tier.
     *
     * @throws IllegalArgumentException for a rule the scheme has no rank rule for, or an agency twice
     */
    public RankPoints rankPoints(Collection<RankValue> eligibleValues) {
        return new RankPoints(RankBonus.rank(compiled, eligibleValues));
    }

    /**
     * Evaluates one agency with the rank points of its population: the same evaluation {@link
     * #evaluatePopulation} gives it when the points come from the same eligible agencies.
     *
     * @throws InvalidFactsException listing every problem of the facts by path
     */
    public Evaluation evaluate(Facts facts, RankPoints rank) {
        return evaluate(checked(facts, ""), rank.map());
    }

    /**
     * The ranking group of an evaluated agency when the scheme ranks per group (佛山 by category): its
     * category or district, {@code (未分类)} when the facts do not give it; empty without grouping.
     */
    public Optional<String> group(Evaluation evaluation) {
        return compiled.scheme.grouping().map(g -> Ranking.group(g, evaluation));
    }

    private Evaluation evaluate(Tally t, Map<String, BonusScorer.RankPoints> rank) {
        Facts f = t.facts;
        Optional<Evaluation.Outcome> excluded = exclusion(t);
        if (excluded.isPresent()) {
            return new Evaluation(
                    f.agency(),
                    f.category(),
                    f.district(),
                    excluded,
                    BigDecimal.ZERO,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty());
        }
        List<Evaluation.SectionResult> sections = SectionScorer.score(t, compiled);
        Optional<Evaluation.PartResult> bonus = BonusScorer.score(t, compiled, rank);
        Optional<Evaluation.PartResult> penalties = PenaltyScorer.score(t, compiled);
        BigDecimal raw = BigDecimal.ZERO;
        for (Evaluation.SectionResult s : sections) {
            raw = raw.add(s.points());
        }
        raw = raw.add(bonus.map(Evaluation.PartResult::points).orElse(BigDecimal.ZERO))
                .subtract(penalties.map(Evaluation.PartResult::points).orElse(BigDecimal.ZERO));
        Scheme s = compiled.scheme;
        BigDecimal total = s.rounding().orElseThrow().apply(raw);
        if (s.totalFloor().isPresent()) {
            total = total.max(s.totalFloor().get());
        }
        List<Evaluation.Outcome> vetoes = Outcomes.vetoes(t, compiled);
        String grade = Outcomes.grade(total, vetoes, s);
        return new Evaluation(
                f.agency(),
                f.category(),
                f.district(),
                Optional.empty(),
                raw,
                Optional.of(total),
                Optional.of(grade),
                vetoes,
                sections,
                bonus,
                penalties);
    }
}
