package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one agency's facts against a compiled scheme and counts them; every problem is reported by path. */
final class FactsChecker {
    /** A bound far above any real inspection, so that sums of counts cannot overflow. */
    static final int MAX_COUNT = 100_000;

    private FactsChecker() {}

    static Tally check(Facts f, CompiledScheme c, String path) {
        Checked checked = checkLeniently(f, c, path);
        if (!checked.problems().isEmpty()) {
            throw new InvalidFactsException(checked.problems());
        }
        return checked.tally();
    }

    /** The tally of what could be counted, and every problem found on the way. */
    record Checked(Tally tally, List<Problem> problems) {}

    /**
     * Counts what can be counted and lists every problem instead of failing: an exclusion that the facts
     * at hand decide applies even when other facts are missing (Outcomes.decidableExclusion).
     */
    static Checked checkLeniently(Facts f, CompiledScheme c, String path) {
        Problems p = new Problems();
        String at = path.isEmpty() ? "" : path + ".";
        if (f.agency().isBlank()) {
            p.add(at + "agency", "must not be blank");
        }
        Tally t = new Tally(f, c);
        data(f, c, at, p);
        Set<String> sampled = new HashSet<>();
        for (String e : f.sampledEnterprises()) {
            if (!sampled.add(e)) {
                p.add(at + "sampledEnterprises", "enterprise " + e + " listed twice");
            }
        }
        if (c.perEnterprise && sampled.isEmpty()) {
            p.add(at + "sampledEnterprises", "must list at least one enterprise: the scheme averages per enterprise");
        }
        List<Facts.Finding> findings = f.findings();
        for (int i = 0; i < findings.size(); i++) {
            finding(findings.get(i), at, i, c, t, p);
        }
        MeasurementChecker.check(f, c, t, at, p);
        for (int i = 0; i < f.sanctions().size(); i++) {
            Facts.Sanction s = f.sanctions().get(i);
            if (s.level().isEmpty() && s.type() != SanctionType.MULTI_AFFILIATION) {
                p.add(
                        at + "sanctions[" + i + "].level",
                        "is required for " + s.type().id());
            }
        }
        for (int i = 0; i < f.honours().size(); i++) {
            if (f.honours().get(i).cause().isBlank()) {
                p.add(at + "honours[" + i + "].cause", "must not be blank: one bonus per cause");
            }
        }
        ChecklistEvaluator.check(c.scheme, f, at, p);
        return new Checked(t, p.list());
    }

    private static void data(Facts f, CompiledScheme c, String at, Problems p) {
        f.data().forEach((name, v) -> {
            AgencyField field = c.scheme.agencyData().get(name);
            if (field == null) {
                p.add(at + "data." + name, "not declared by the scheme");
            } else if (v.compareTo(field.min()) < 0 || v.compareTo(field.max()) > 0) {
                p.add(
                        at + "data." + name,
                        "must be between " + field.min().toPlainString() + " and "
                                + field.max().toPlainString());
            } else if (field.integer() && v.stripTrailingZeros().scale() > 0) {
                p.add(at + "data." + name, "must be a whole number");
            }
        });
        for (String name : c.requiredData) {
            if (!f.data().containsKey(name)) {
                p.add(at + "data." + name, "is required: the scheme computes with it");
            }
        }
    }

    /**
     * Counts one finding. Its path ({@code findings[i]}) is made only for a problem: an agency has dozens of
     * findings, a rating run millions, nearly all of them fine.
     */
    private static void finding(Facts.Finding g, String at, int i, CompiledScheme c, Tally t, Problems problems) {
        FindingProblems p = new FindingProblems(problems, at, i);
        if (g.count() < 1 || g.count() > MAX_COUNT) {
            p.add(".count", "must be between 1 and " + MAX_COUNT);
            return;
        }
        CompiledScheme.FindingTarget target = c.findingTargets.get(g.rule());
        if (target != null && (target.veto() >= 0 || target.exclusion() >= 0)) {
            if (target.veto() >= 0) {
                t.vetoFound[target.veto()] = true;
            } else {
                t.exclusionFound[target.exclusion()] = true;
            }
            g.value().ifPresent(v -> p.add(".value", "a veto or exclusion takes no value"));
            return;
        }
        CompiledScheme.Ref ref = target == null ? null : target.ref();
        if (ref == null) {
            p.add(".rule", "unknown rule " + g.rule());
            return;
        }
        if (!ref.rule().takesFindings()) {
            p.add(
                    ".rule",
                    "rule " + g.rule() + " is " + ref.rule().kind()
                            + ": it is computed from data, measurements, sanctions or honours, not named by findings");
            return;
        }
        boolean perEnterprise = ref.part() == CompiledScheme.Part.SECTION
                && c.section(ref.section()).perEnterprise();
        int[] counts = t.counts;
        BigDecimal[] values = t.values;
        if (perEnterprise) {
            int e = g.enterprise().map(t.enterprises::indexOf).orElse(-1);
            if (g.enterprise().isEmpty()) {
                p.add(".enterprise", "is required: item " + ref.item().item().number() + " is scored per enterprise");
                return;
            }
            if (e < 0) {
                p.add(".enterprise", "enterprise " + g.enterprise().get() + " is not in sampledEnterprises");
                return;
            }
            counts = t.enterpriseCounts[e];
            values = t.enterpriseValues[e];
        } else if (g.enterprise().isPresent()) {
            p.add(".enterprise", "item " + ref.item().item().number() + " is not scored per enterprise");
        }
        if (ref.rule() instanceof Rule.Proportional || ref.rule() instanceof Rule.Amount) {
            Optional<BigDecimal> v = FindingValues.value(g, ref.rule(), p.path(), problems);
            if (v.isEmpty()) {
                return;
            }
            if (values[ref.index()] != null) {
                p.add(".rule", ref.rule().kind() + " rule " + g.rule() + " is given twice");
                return;
            }
            values[ref.index()] = v.get();
            return;
        } else if (g.of().isPresent()) {
            p.add(".of", "only proportional rules take a share as count of");
            return;
        } else if (g.value().isPresent()) {
            p.add(".value", "rule " + g.rule() + " is " + ref.rule().kind() + " and takes a count, not a value");
            return;
        }
        counts[ref.index()] += g.count();
    }

    /** The problems of one finding, each under the finding's path, which is built only when one is added. */
    private record FindingProblems(Problems problems, String at, int index) {
        String path() {
            return at + "findings[" + index + "]";
        }

        void add(String suffix, String message) {
            problems.add(path() + suffix, message);
        }
    }
}
