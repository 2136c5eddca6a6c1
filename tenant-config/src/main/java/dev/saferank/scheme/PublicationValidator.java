package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates the {@code publication} section against the scheme's bands and grouping. */
final class PublicationValidator {
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");

    private PublicationValidator() {}

    static void validate(Scheme s, Problems p) {
        s.publication().ifPresent(pub -> {
            if (!s.scores()) {
                p.add("publication", "a checklist-only scheme ranks nothing to publish");
                return;
            }
            Set<String> labels = new HashSet<>();
            s.bands().forEach(b -> labels.add(b.label()));
            if (pub.lists().isEmpty()) {
                p.add("publication.lists", "must name at least one list");
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < pub.lists().size(); i++) {
                list(s, pub.lists().get(i), "publication.lists[" + i + "]", labels, codes, p);
            }
            if (pub.entries() == Publication.Entries.LISTED
                    && pub.lists().stream().noneMatch(PublicationList::isPublic)) {
                p.add("publication.entries", "listed publishes nothing without a public list");
            }
            pub.downgrade().ifPresent(d -> {
                boolean revoke = d.action() == Publication.Downgrade.Action.REVOKE;
                if (revoke && d.list().isEmpty()) {
                    p.add("publication.downgrade.list", "is required to revoke");
                }
                if (!revoke && d.list().isPresent()) {
                    p.add("publication.downgrade.list", "only a revoke names a list");
                }
                d.list()
                        .filter(l -> !codes.contains(l))
                        .ifPresent(l -> p.add("publication.downgrade.list", "unknown list " + l));
            });
            pub.bar().ifPresent(b -> {
                if (b.years() < 1 || b.years() > 5) {
                    p.add("publication.bar.years", "must be 1 to 5");
                }
                if (s.exclusions().stream()
                        .noneMatch(
                                e -> e.code().equals(b.exclusion()) && e.when().isEmpty())) {
                    p.add(
                            "publication.bar.exclusion",
                            "must name an exclusion without a condition (decided by a finding)");
                }
            });
        });
    }

    private static void list(
            Scheme s, PublicationList l, String path, Set<String> labels, Set<String> codes, Problems p) {
        if (!CODE.matcher(l.code()).matches()) {
            p.add(path + ".code", "must be a short id like best");
        } else if (!codes.add(l.code())) {
            p.add(path + ".code", "code " + l.code() + " appears twice");
        }
        if (l.title().isBlank()) {
            p.add(path + ".title", "must not be blank");
        }
        for (int g = 0; g < l.grades().size(); g++) {
            if (!labels.contains(l.grades().get(g))) {
                p.add(path + ".grades[" + g + "]", "must be one of the band labels " + SchemeValidator.sorted(labels));
            }
        }
        l.min().filter(m -> m < 1).ifPresent(m -> p.add(path + ".min", "must be >= 1"));
        l.max().filter(m -> m < 1).ifPresent(m -> p.add(path + ".max", "must be >= 1"));
        l.validMonths().filter(m -> m < 1).ifPresent(m -> p.add(path + ".validMonths", "must be >= 1"));
        switch (l.kind()) {
            case GROUP_TOP -> {
                if (s.grouping().flatMap(Grouping::top).isEmpty()) {
                    p.add(path + ".kind", "groupTop needs grouping.top");
                }
                only(l, path, p, List.of());
            }
            case BEST -> {
                if (l.max().isEmpty()) {
                    p.add(path + ".max", "is required for best");
                }
                if (l.min().isPresent()
                        && l.max().isPresent()
                        && l.min().get() > l.max().get()) {
                    p.add(path + ".min", "must not exceed max");
                }
            }
            case WORST -> {
                if (l.max().isEmpty()) {
                    p.add(path + ".max", "is required for worst");
                }
                only(l, path, p, List.of("max"));
            }
            case GRADES -> {
                if (l.grades().isEmpty()) {
                    p.add(path + ".grades", "is required for grades");
                }
                only(l, path, p, List.of("grades"));
            }
            case BELOW -> {
                if (l.under().isEmpty()) {
                    p.add(path + ".under", "is required for below");
                } else if (l.under().get() < 1
                        || s.total()
                                .map(t ->
                                        t.compareTo(BigDecimal.valueOf(l.under().get())) < 0)
                                .orElse(false)) {
                    p.add(path + ".under", "must be between 1 and the scheme's total");
                }
                only(l, path, p, List.of());
            }
        }
        if (l.kind() != PublicationList.Kind.BELOW && l.under().isPresent()) {
            p.add(path + ".under", "not used by kind " + name(l.kind()));
        }
    }

    /** Reports the selection settings a kind of list does not take. */
    private static void only(PublicationList l, String path, Problems p, List<String> allowed) {
        if (!allowed.contains("grades") && !l.grades().isEmpty()) {
            p.add(path + ".grades", "not used by kind " + name(l.kind()));
        }
        if (l.min().isPresent()) {
            p.add(path + ".min", "not used by kind " + name(l.kind()));
        }
        if (!allowed.contains("max") && l.max().isPresent()) {
            p.add(path + ".max", "not used by kind " + name(l.kind()));
        }
    }

    private static String name(PublicationList.Kind kind) {
        return switch (kind) {
            case GROUP_TOP -> "groupTop";
            case BEST -> "best";
            case WORST -> "worst";
            case GRADES -> "grades";
            case BELOW -> "below";
        };
    }
}
