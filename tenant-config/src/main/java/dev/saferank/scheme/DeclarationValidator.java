package dev.saferank.scheme;

import java.util.HashSet;

/** Validates the declared agency data fields and measurements that expressions and facts rely on. */
final class DeclarationValidator {
    private DeclarationValidator() {}

    static void validate(Scheme s, Problems p) {
        s.agencyData().forEach((name, f) -> {
            if (!Variables.NAME.matcher(name).matches()) {
                p.add("agencyData." + name, "name must be letters and digits, starting with a letter");
            }
            if (f.min().compareTo(f.max()) > 0) {
                p.add("agencyData." + name + ".max", "must be >= min");
            }
        });
        s.measurements().forEach((name, m) -> {
            String path = "measurements." + name;
            if (m.isSurvey()) {
                if (m.questions().filter(q -> q > 0).isEmpty()) {
                    p.add(path + ".questions", "a survey with choices needs questions > 0");
                }
                if (m.isGrouped() || m.min().isPresent() || m.max().isPresent()) {
                    p.add(path, "a survey with choices takes no groups, min or max");
                }
                m.passMark().ifPresent(mark -> p.add(path + ".passMark", "only a plain measurement has a pass mark"));
                m.choices().forEach((letter, pts) -> {
                    if (letter.length() != 1) {
                        p.add(path + ".choices." + letter, "must be one letter");
                    }
                });
            } else {
                if (m.min().isEmpty() || m.max().isEmpty()) {
                    p.add(path, "needs min and max (or choices)");
                } else if (m.min().get().compareTo(m.max().get()) > 0) {
                    p.add(path + ".max", "must be >= min");
                }
                m.questions().ifPresent(q -> p.add(path + ".questions", "only a survey with choices has questions"));
                if (new HashSet<>(m.groups()).size() != m.groups().size()) {
                    p.add(path + ".groups", "must not repeat a group");
                }
                m.passMark().ifPresent(mark -> {
                    if (m.isGrouped()) {
                        p.add(path + ".passMark", "only a plain measurement has a pass mark");
                    } else if (m.min().isPresent()
                            && m.max().isPresent()
                            && (mark.compareTo(m.min().get()) < 0
                                    || mark.compareTo(m.max().get()) > 0)) {
                        p.add(path + ".passMark", "must be within min and max");
                    }
                });
            }
        });
    }
}
