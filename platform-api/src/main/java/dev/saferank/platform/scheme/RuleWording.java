package dev.saferank.platform.scheme;

import dev.saferank.scheme.Checklist;
import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A finding's rule as a person reads it: the scheme's wording of a rule, veto or exclusion by its code, or a
 * checklist question by its finding code ({@code checklist:<checklist>:<question>} → 安全培训机构专项整治工作检查表
 * 第1项：…). One place for the pages and the exports.
 */
public final class RuleWording {

    private RuleWording() {}

    public static Optional<String> of(Scheme scheme, String code) {
        if (code.startsWith("checklist:")) {
            String[] parts = code.split(":", 3);
            if (parts.length < 3) {
                return Optional.empty();
            }
            return scheme.checklists().stream()
                    .filter(c -> c.id().equals(parts[1]))
                    .findFirst()
                    .flatMap(c -> question(c, parts[2]));
        }
        Stream<Item> items = Stream.concat(
                scheme.sections().stream().flatMap(s -> s.items().stream()),
                Stream.concat(
                        scheme.bonus().stream().flatMap(b -> b.items().stream()),
                        scheme.penalties().stream().flatMap(p -> p.items().stream())));
        Optional<String> rule = items.flatMap(i -> i.rules().stream())
                .filter(r -> r.code().equals(code))
                .map(Rule::wording)
                .findFirst();
        if (rule.isPresent()) {
            return rule;
        }
        Optional<String> veto = scheme.vetoes().stream()
                .filter(v -> v.code().equals(code))
                .map(v -> v.wording())
                .findFirst();
        return veto.isPresent()
                ? veto
                : scheme.exclusions().stream()
                        .filter(e -> e.code().equals(code))
                        .map(e -> e.wording())
                        .findFirst();
    }

    private static Optional<String> question(Checklist checklist, String number) {
        return checklist.questions().stream()
                .filter(q -> q.number().equals(number))
                .findFirst()
                .map(q -> checklist.title() + " 第" + number + "项：" + q.text());
    }
}
