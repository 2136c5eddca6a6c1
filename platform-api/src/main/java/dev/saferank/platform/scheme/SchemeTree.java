package dev.saferank.platform.scheme;

import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scheme version as a tree an inspector picks rules from, by item number or by the seed's words:
 * the scored sections, then the bonus and penalty parts as sections of their own.
 */
record SchemeTree(String version, int year, String title, List<Part> sections) {

    /** A section (or the bonus or penalty part). */
    record Part(String title, BigDecimal max, String kind, List<ItemNode> items) {}

    record ItemNode(String number, String title, BigDecimal max, String wording, List<RuleNode> rules) {}

    /**
     * @param points the points per finding, honour or sanction, where the rule has them
     * @param cap the most the rule contributes, where it has a cap
     * @param takesFindings whether an inspector records findings against it
     */
    record RuleNode(
            String code, String wording, String kind, BigDecimal points, BigDecimal cap, boolean takesFindings) {}

    static SchemeTree of(String version, Scheme scheme) {
        List<Part> parts = new ArrayList<>();
        scheme.sections()
                .forEach(section -> parts.add(
                        new Part(section.title(), section.effectiveMax(), "section", items(section.items()))));
        scheme.bonus().ifPresent(bonus -> parts.add(new Part("加分项", bonus.cap(), "bonus", items(bonus.items()))));
        scheme.penalties()
                .ifPresent(penalties -> parts.add(new Part("减分项", null, "penalty", items(penalties.items()))));
        return new SchemeTree(version, scheme.year(), scheme.title(), parts);
    }

    private static List<ItemNode> items(List<Item> items) {
        return items.stream()
                .map(item -> new ItemNode(
                        item.number(),
                        item.title(),
                        item.max().orElse(null),
                        item.wording().orElse(null),
                        item.rules().stream().map(SchemeTree::rule).toList()))
                .toList();
    }

    private static RuleNode rule(Rule rule) {
        BigDecimal points =
                switch (rule) {
                    case Rule.Fixed fixed -> fixed.points();
                    case Rule.PerOccurrence each -> each.points();
                    case Rule.Proportional share -> share.points();
                    case Rule.Honour honour -> honour.points();
                    case Rule.Sanction sanction -> sanction.points();
                    default -> null;
                };
        Optional<BigDecimal> cap =
                switch (rule) {
                    case Rule.PerOccurrence each -> each.cap();
                    case Rule.Amount amount -> Optional.of(amount.cap());
                    case Rule.Computed computed -> computed.cap();
                    case Rule.Measured measured -> measured.cap();
                    case Rule.Honour honour -> honour.cap();
                    case Rule.Sanction sanction -> sanction.cap();
                    default -> Optional.empty();
                };
        return new RuleNode(rule.code(), rule.wording(), rule.kind(), points, cap.orElse(null), rule.takesFindings());
    }
}
