package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Semantic validation of a scheme: totals that add up, positive points, caps within their item, safe
 * and known expressions, well-ordered bands, unique numbers and codes. Returns every problem by path.
 */
public final class SchemeValidator {
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private SchemeValidator() {}

    /** Every semantic problem of the scheme, by path; empty when valid. */
    public static List<Problem> validate(Scheme s) {
        Problems p = new Problems();
        if (!TENANT.matcher(s.tenant()).matches()) {
            p.add("tenant", "must be a lowercase tenant id like quanzhou");
        }
        if (s.year() < 2000 || s.year() > 2100) {
            p.add("year", "must be between 2000 and 2100");
        }
        if (s.version().isBlank()) {
            p.add("version", "must not be blank");
        }
        DeclarationValidator.validate(s, p);
        s.sanctionsAsFindings().forEach((type, code) -> {
            Optional<Rule> rule = s.rule(code);
            if (rule.isEmpty() || !rule.get().takesFindings()) {
                p.add("sanctionsAsFindings." + type.id(), "must name a rule that takes findings, not " + code);
            } else if (SanctionUses.scores(s, type, Optional.empty())) {
                p.add("sanctionsAsFindings." + type.id(), "the scheme also scores " + type.id() + " as a sanction");
            }
        });
        Set<String> codes = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        if (s.scores()) {
            totals(s, p);
            for (int i = 0; i < s.sections().size(); i++) {
                Section sec = s.sections().get(i);
                for (int j = 0; j < sec.items().size(); j++) {
                    ItemValidator.validate(
                            s,
                            sec.items().get(j),
                            "sections[" + i + "].items[" + j + "]",
                            ItemValidator.Part.SECTION,
                            sec,
                            numbers,
                            codes,
                            p);
                }
            }
        } else if (s.checklists().isEmpty()) {
            p.add("sections", "a scheme needs sections (scored) or checklists");
        } else {
            s.total().ifPresent(t -> p.add("total", "a checklist-only scheme has no total"));
            if (!s.bands().isEmpty()) {
                p.add("bands", "a checklist-only scheme has no bands");
            }
        }
        s.bonus().ifPresent(b -> {
            if (b.cap().signum() <= 0) {
                p.add("bonus.cap", "must be > 0");
            }
            for (int j = 0; j < b.items().size(); j++) {
                ItemValidator.validate(
                        s,
                        b.items().get(j),
                        "bonus.items[" + j + "]",
                        ItemValidator.Part.BONUS,
                        null,
                        numbers,
                        codes,
                        p);
            }
        });
        s.penalties().ifPresent(pen -> {
            for (int j = 0; j < pen.items().size(); j++) {
                ItemValidator.validate(
                        s,
                        pen.items().get(j),
                        "penalties.items[" + j + "]",
                        ItemValidator.Part.PENALTY,
                        null,
                        numbers,
                        codes,
                        p);
            }
        });
        OutcomeValidator.validate(s, codes, p);
        ChecklistValidator.validate(s, p);
        PublicationValidator.validate(s, p);
        return p.list();
    }

    private static void totals(Scheme s, Problems p) {
        if (s.total().isEmpty()) {
            p.add("total", "is required when the scheme has sections");
        }
        if (s.rounding().isEmpty()) {
            p.add("rounding", "is required when the scheme has sections");
        }
        s.rounding().ifPresent(r -> {
            if (r.scale() < 0 || r.scale() > 6) {
                p.add("rounding.scale", "must be between 0 and 6");
            }
        });
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < s.sections().size(); i++) {
            Section sec = s.sections().get(i);
            String path = "sections[" + i + "]";
            if (sec.items().isEmpty()) {
                p.add(path + ".items", "must not be empty");
            }
            if (sec.pool() && sec.max().isEmpty()) {
                p.add(path + ".max", "is required for a pool section");
            }
            if (sec.pool() && sec.perEnterprise()) {
                p.add(path, "a section cannot be both a pool and per-enterprise");
            }
            if (!sec.pool()) {
                BigDecimal items = sec.items().stream()
                        .map(it -> it.max().orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                sec.max()
                        .filter(m -> m.compareTo(items) != 0)
                        .ifPresent(m -> p.add(
                                path + ".max",
                                "is " + m.toPlainString() + " but its items' max add up to " + items.toPlainString()));
            }
            sum = sum.add(sec.effectiveMax());
        }
        BigDecimal sections = sum;
        s.total()
                .filter(t -> t.compareTo(sections) != 0)
                .ifPresent(t -> p.add(
                        "total",
                        "is " + t.toPlainString() + " but the sections add up to " + sections.toPlainString()));
    }

    static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }
}
