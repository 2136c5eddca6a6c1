package dev.saferank.platform.finding;

import dev.saferank.platform.scheme.RuleWording;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Callers;
import dev.saferank.scheme.Scheme;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            out.put(f, scheme.flatMap(s -> RuleWording.of(s, f.ruleCode())).orElse(""));
        }
        return out;
    }
}
