package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Validates what decides the outcome: vetoes, exclusions, bands and grouping. */
final class OutcomeValidator {
    private OutcomeValidator() {}

    static void validate(Scheme s, Set<String> codes, Problems p) {
        Set<String> labels = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < s.bands().size(); i++) {
            Band b = s.bands().get(i);
            String path = "bands[" + i + "]";
            if (b.label().isBlank()) {
                p.add(path + ".label", "must not be blank");
            } else if (!labels.add(b.label())) {
                p.add(path + ".label", "label " + b.label() + " appears twice");
            }
            boolean last = i == s.bands().size() - 1;
            if (b.min().isEmpty() && !last) {
                p.add(path + ".min", "is required (only the last band has no min)");
            }
            if (b.min().isPresent() && last) {
                p.add(path + ".min", "the last band takes everything below and has no min");
            }
            if (b.min().isPresent()) {
                BigDecimal min = b.min().get();
                if (previous != null && min.compareTo(previous) >= 0) {
                    p.add(
                            path + ".min",
                            "bands overlap: " + min.toPlainString() + " is not below the previous band's "
                                    + previous.toPlainString());
                }
                previous = min;
            }
        }
        if (s.scores() && s.bands().size() < 2) {
            p.add("bands", "needs at least two bands");
        }
        for (int i = 0; i < s.vetoes().size(); i++) {
            Veto v = s.vetoes().get(i);
            String path = "vetoes[" + i + "]";
            code(v.code(), path, codes, p);
            if (!labels.contains(v.grade())) {
                p.add(path + ".grade", "must be one of the band labels " + SchemeValidator.sorted(labels));
            }
            when(s, v.when(), path, p);
        }
        for (int i = 0; i < s.exclusions().size(); i++) {
            Exclusion e = s.exclusions().get(i);
            code(e.code(), "exclusions[" + i + "]", codes, p);
            when(s, e.when(), "exclusions[" + i + "]", p);
        }
        s.grouping().ifPresent(g -> {
            if (!g.by().equals("category") && !g.by().equals("district")) {
                p.add("grouping.by", "must be category or district");
            }
            g.top().filter(t -> t <= 0).ifPresent(t -> p.add("grouping.top", "must be > 0"));
        });
    }

    private static void code(String code, String path, Set<String> codes, Problems p) {
        if (code.isBlank()) {
            p.add(path + ".code", "must not be blank");
        } else if (!codes.add(code)) {
            p.add(path + ".code", "code " + code + " appears twice");
        }
    }

    private static void when(Scheme s, Optional<String> when, String path, Problems p) {
        when.ifPresent(w -> Variables.check(s, w, path + ".when", Optional.empty(), p));
    }
}
