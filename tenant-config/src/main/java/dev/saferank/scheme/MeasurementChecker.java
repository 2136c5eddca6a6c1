package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Checks measurement data against the scheme's declarations and the measured rules that need it. */
final class MeasurementChecker {
    private MeasurementChecker() {}

    static void check(Facts f, CompiledScheme c, Tally t, String at, Problems p) {
        f.measurements().forEach((name, m) -> {
            String mp = at + "measurements." + name;
            MeasurementSpec spec = c.scheme.measurements().get(name);
            if (spec == null) {
                p.add(mp, "not declared by the scheme");
                return;
            }
            if (spec.isSurvey()) {
                if (!m.values().isEmpty() || !m.groups().isEmpty()) {
                    p.add(mp, "is a survey: give responses, not values or groups");
                }
                for (int i = 0; i < m.responses().size(); i++) {
                    response(m.responses().get(i), spec, mp + ".responses[" + i + "]", p);
                }
            } else if (spec.isGrouped()) {
                if (!m.values().isEmpty() || !m.responses().isEmpty()) {
                    p.add(mp, "is grouped: give groups " + spec.groups());
                }
                m.groups().forEach((g, vs) -> {
                    if (!spec.groups().contains(g)) {
                        p.add(mp + ".groups." + g, "unknown group (declared: " + spec.groups() + ")");
                    }
                    range(vs, spec, mp + ".groups." + g, p);
                });
            } else {
                if (!m.groups().isEmpty() || !m.responses().isEmpty()) {
                    p.add(mp, "give values");
                }
                range(m.values(), spec, mp + ".values", p);
            }
        });
        for (Rule.Measured r : c.measuredRules) {
            Facts.Measurement m = f.measurements().get(r.measurement());
            if (m == null || isEmpty(m)) {
                p.add(at + "measurements." + r.measurement(), "is required by rule " + r.code());
            } else {
                minCount(r, m, c, t, at, p);
            }
        }
    }

    /** 临沂 19: the sample must cover at least the share of staff the seed requires. */
    private static void minCount(
            Rule.Measured r, Facts.Measurement m, CompiledScheme c, Tally t, String at, Problems p) {
        var expression = c.minCounts.get(r.code());
        if (expression == null || !c.requiredData.stream().allMatch(t.facts.data()::containsKey)) {
            return;
        }
        BigDecimal needed = expression.evaluate(new ExprEnv(t)).setScale(0, java.math.RoundingMode.CEILING);
        int given = m.values().size()
                + m.responses().size()
                + m.groups().values().stream().mapToInt(List::size).sum();
        if (BigDecimal.valueOf(given).compareTo(needed) < 0) {
            p.add(
                    at + "measurements." + r.measurement(),
                    "rule " + r.code() + " needs at least " + needed.toPlainString() + " values ("
                            + r.minCount().orElseThrow() + "), got " + given);
        }
    }

    private static boolean isEmpty(Facts.Measurement m) {
        return m.values().isEmpty()
                && m.responses().isEmpty()
                && m.groups().values().stream().allMatch(List::isEmpty);
    }

    private static void range(List<BigDecimal> values, MeasurementSpec spec, String path, Problems p) {
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (out(v, spec.min(), true) || out(v, spec.max(), false)) {
                p.add(
                        path + "[" + i + "]",
                        "must be between "
                                + spec.min().map(BigDecimal::toPlainString).orElse("?") + " and "
                                + spec.max().map(BigDecimal::toPlainString).orElse("?"));
            }
        }
    }

    private static boolean out(BigDecimal v, Optional<BigDecimal> bound, boolean lower) {
        return bound.map(b -> lower ? v.compareTo(b) < 0 : v.compareTo(b) > 0).orElse(false);
    }

    private static void response(String r, MeasurementSpec spec, String path, Problems p) {
        int questions = spec.questions().orElse(0);
        if (r.length() != questions) {
            p.add(path, "must have " + questions + " answers, has " + r.length());
        }
        for (int i = 0; i < r.length(); i++) {
            if (!spec.choices().containsKey(String.valueOf(r.charAt(i)))) {
                p.add(
                        path,
                        "answer " + (i + 1) + " '" + r.charAt(i) + "' is not one of "
                                + spec.choices().keySet());
                return;
            }
        }
    }
}
