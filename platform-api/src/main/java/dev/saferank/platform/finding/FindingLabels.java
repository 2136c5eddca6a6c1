package dev.saferank.platform.finding;

import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Callers;
import dev.saferank.scheme.Checklist;
import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * What a person reads next to a finding: its agency's name and its rule's text (the scheme's wording
 * of the clause, or the checklist's question), so that no list shows only "条款 14.5c" or
 * "checklist:training-institution:1". One statement per page for the names; the texts come from the
 * compiled schemes of the findings' years.
 */
@Controller
class FindingLabels {

    private final FindingMapper mapper;
    private final Schemes schemes;

    FindingLabels(FindingMapper mapper, Schemes schemes) {
        this.mapper = mapper;
        this.schemes = schemes;
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, String> agencyName(List<Finding> findings, Principal principal) {
        String tenant = Callers.tenant((Authentication) principal);
        var ids = new LinkedHashSet<Long>();
        findings.forEach(f -> ids.add(f.agencyId()));
        Map<Long, String> names = new HashMap<>();
        mapper.agencyNames(tenant, ids).forEach(a -> names.put(a.id(), a.name()));
        Map<Finding, String> out = new HashMap<>();
        findings.forEach(f -> out.put(f, names.getOrDefault(f.agencyId(), "")));
        return out;
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, String> ruleText(List<Finding> findings, Principal principal) {
        String tenant = Callers.tenant((Authentication) principal);
        Map<Integer, Optional<Scheme>> byYear = new HashMap<>();
        Map<Finding, String> out = new HashMap<>();
        for (Finding f : findings) {
            Optional<Scheme> scheme = byYear.computeIfAbsent(
                    f.year(), year -> schemes.active(tenant, year).map(active -> active.scheme()));
            out.put(f, scheme.flatMap(s -> text(s, f.ruleCode())).orElse(""));
        }
        return out;
    }

    /** The wording of a rule, veto or exclusion by its code, or a checklist question by its finding code. */
    static Optional<String> text(Scheme scheme, String code) {
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
