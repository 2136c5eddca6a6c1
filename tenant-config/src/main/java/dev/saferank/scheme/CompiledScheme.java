package dev.saferank.scheme;

import dev.saferank.scheme.expr.Expression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated scheme turned into arrays and indexes once, so that evaluating an agency does no parsing,
 * no regex and no search by text beyond one hash lookup per finding.
 */
final class CompiledScheme {
    /** Where a rule sits; {@code index} numbers all rules of the scheme. */
    record Ref(int index, Rule rule, Part part, int section, CompiledItem item) {}

    enum Part {
        SECTION,
        BONUS,
        PENALTY
    }

    record CompiledItem(Item item, Part part, int section, List<CompiledRule> rules) {}

    /**
     * A rule with what evaluating it per agency would otherwise recompute: {@code points} and {@code cap} are
     * the plain texts of a per-occurrence rule's points and cap (RuleAmounts' notes), null for other kinds.
     */
    record CompiledRule(int index, Rule rule, Optional<Expression> expression, String points, String cap) {
        CompiledRule(int index, Rule rule, Optional<Expression> expression) {
            this(
                    index,
                    rule,
                    expression,
                    rule instanceof Rule.PerOccurrence o ? o.points().toPlainString() : null,
                    rule instanceof Rule.PerOccurrence o
                            ? o.cap().map(BigDecimal::toPlainString).orElse(null)
                            : null);
        }
    }

    /**
     * What a finding's rule code names, found by one hash lookup per finding: a veto's or an exclusion's index
     * (-1 when it is not one; a veto wins over an exclusion of the same code), else the rule's place.
     */
    record FindingTarget(int veto, int exclusion, Ref ref) {}

    final Scheme scheme;
    final List<List<CompiledItem>> sections = new ArrayList<>();
    final List<CompiledItem> bonusItems = new ArrayList<>();
    final List<CompiledItem> penaltyItems = new ArrayList<>();
    final Map<String, Ref> rules = new HashMap<>();
    final Map<String, Integer> vetoCodes = new HashMap<>();
    /** Minimum numbers of measurement values, by measured rule code. */
    final Map<String, Expression> minCounts = new HashMap<>();

    final Map<String, Integer> exclusionCodes = new HashMap<>();
    /** Every code a finding may name (vetoes, exclusions, rules), for FactsChecker's one lookup per finding. */
    final Map<String, FindingTarget> findingTargets = new HashMap<>();

    final List<Optional<Expression>> vetoWhen = new ArrayList<>();
    final List<Optional<Expression>> exclusionWhen = new ArrayList<>();
    /** Agency data fields some expression reads: facts must give them. */
    final Set<String> requiredData = new TreeSet<>();
    /** The measured rules by code: the measurements each agency's facts must give (checked per agency). */
    final List<Rule.Measured> measuredRules;

    final boolean perEnterprise;
    int ruleCount;

    CompiledScheme(Scheme scheme) {
        this.scheme = scheme;
        for (int s = 0; s < scheme.sections().size(); s++) {
            List<CompiledItem> items = new ArrayList<>();
            for (Item item : scheme.sections().get(s).items()) {
                items.add(item(item, Part.SECTION, s));
            }
            sections.add(items);
        }
        scheme.bonus().ifPresent(b -> b.items().forEach(i -> bonusItems.add(item(i, Part.BONUS, -1))));
        scheme.penalties().ifPresent(p -> p.items().forEach(i -> penaltyItems.add(item(i, Part.PENALTY, -1))));
        for (int i = 0; i < scheme.vetoes().size(); i++) {
            vetoCodes.put(scheme.vetoes().get(i).code(), i);
            vetoWhen.add(scheme.vetoes().get(i).when().map(this::parse));
        }
        for (int i = 0; i < scheme.exclusions().size(); i++) {
            exclusionCodes.put(scheme.exclusions().get(i).code(), i);
            exclusionWhen.add(scheme.exclusions().get(i).when().map(this::parse));
        }
        perEnterprise = scheme.sections().stream().anyMatch(Section::perEnterprise);
        measuredRules = rules.values().stream()
                .filter(r -> r.rule() instanceof Rule.Measured)
                .map(r -> (Rule.Measured) r.rule())
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        Set<String> codes = new HashSet<>(rules.keySet());
        codes.addAll(vetoCodes.keySet());
        codes.addAll(exclusionCodes.keySet());
        for (String code : codes) {
            findingTargets.put(
                    code,
                    new FindingTarget(
                            vetoCodes.getOrDefault(code, -1), exclusionCodes.getOrDefault(code, -1), rules.get(code)));
        }
    }

    private CompiledItem item(Item item, Part part, int section) {
        List<CompiledRule> compiled = new ArrayList<>();
        CompiledItem ci = new CompiledItem(item, part, section, compiled);
        for (Rule r : item.rules()) {
            Optional<Expression> e =
                    switch (r) {
                        case Rule.Computed c -> Optional.of(parse(c.expression()));
                        case Rule.Measured m
                        when m.minCount().isPresent() -> {
                            minCounts.put(m.code(), parse(m.minCount().get()));
                            yield Optional.of(parse(m.expression()));
                        }
                        case Rule.Measured m -> Optional.of(parse(m.expression()));
                        case Rule.Rank k -> Optional.of(parse(k.by()));
                        default -> Optional.empty();
                    };
            CompiledRule cr = new CompiledRule(ruleCount++, r, e);
            compiled.add(cr);
            rules.put(r.code(), new Ref(cr.index(), r, part, section, ci));
        }
        return ci;
    }

    private Expression parse(String text) {
        Expression e = Expression.parse(text);
        for (String v : e.variables()) {
            if (v.startsWith("agency.")) {
                requiredData.add(v.substring("agency.".length()));
            }
        }
        return e;
    }

    Section section(int index) {
        return scheme.sections().get(index);
    }
}
