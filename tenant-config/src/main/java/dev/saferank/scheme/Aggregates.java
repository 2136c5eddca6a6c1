package dev.saferank.scheme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Combines measurement data into the one value a measured rule converts to points. */
final class Aggregates {
    static final MathContext DIVISION = MathContext.DECIMAL128;

    private Aggregates() {}

    static BigDecimal aggregate(Rule.Aggregate how, Facts.Measurement m, MeasurementSpec spec) {
        if (how == Rule.Aggregate.MEAN_OF_GROUP_MEANS) {
            List<BigDecimal> means = new ArrayList<>();
            for (String g : spec.groups()) {
                List<BigDecimal> vs = m.groups().getOrDefault(g, List.of());
                if (!vs.isEmpty()) {
                    means.add(mean(vs));
                }
            }
            return mean(means);
        }
        return combine(how, values(m, spec));
    }

    private static List<BigDecimal> values(Facts.Measurement m, MeasurementSpec spec) {
        if (spec.isSurvey()) {
            List<BigDecimal> out = new ArrayList<>(m.responses().size());
            for (String r : m.responses()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < r.length(); i++) {
                    sum = sum.add(spec.choices().get(String.valueOf(r.charAt(i))));
                }
                out.add(sum);
            }
            return out;
        }
        if (spec.isGrouped()) {
            List<BigDecimal> out = new ArrayList<>();
            spec.groups().forEach(g -> out.addAll(m.groups().getOrDefault(g, List.of())));
            return out;
        }
        return m.values();
    }

    private static BigDecimal combine(Rule.Aggregate how, List<BigDecimal> vs) {
        return switch (how) {
            case SUM -> vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN -> vs.stream().reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
            case MAX -> vs.stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
            default -> mean(vs);
        };
    }

    static BigDecimal mean(List<BigDecimal> vs) {
        if (vs.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(vs.size()), DIVISION);
    }
}
