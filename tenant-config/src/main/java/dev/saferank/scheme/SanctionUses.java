package dev.saferank.scheme;

import dev.saferank.scheme.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a scheme scores a sanction (约谈, 通报批评, 不良信息, 立案处罚, 多处挂靠) of a type and level: a sanction rule
 * counts it, or a veto, exclusion or computed expression reads it. A sanction the scheme does not score is
 * still a fact of the agency's record, but it moves nothing: the facts reader lists it as not used, and
 * where the scheme records that kind of event as a finding instead ({@code sanctionsAsFindings}), the API
 * refuses the sanction and says under which rule to record it.
 */
public final class SanctionUses {

    private SanctionUses() {}

    /** Whether the scheme scores a sanction of this type at this level (empty: a sanction without level). */
    public static boolean scores(Scheme scheme, SanctionType type, Optional<Level> level) {
        boolean byRule = scheme.allItems()
                .flatMap(i -> i.rules().stream())
                .filter(Rule.Sanction.class::isInstance)
                .map(Rule.Sanction.class::cast)
                .anyMatch(r -> r.sanction() == type
                        && (r.levels().isEmpty()
                                || level.map(r.levels()::contains).orElse(false)));
        return byRule || expressions(scheme).stream().anyMatch(e -> reads(e, type, level));
    }

    /** The finding rule a scheme records this type of event under instead of a sanction, if it says so. */
    public static Optional<Rule> recordedAsFinding(Scheme scheme, SanctionType type) {
        return Optional.ofNullable(scheme.sanctionsAsFindings().get(type)).flatMap(scheme::rule);
    }

    private static boolean reads(String expression, SanctionType type, Optional<Level> level) {
        for (String v : Expression.parse(expression).variables()) {
            String[] parts = v.split("\\.", -1);
            if (parts[0].equals("sanctions") && parts.length >= 2 && parts[1].equals(type.id())) {
                if (parts.length == 2 || level.map(l -> l.id().equals(parts[2])).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> expressions(Scheme scheme) {
        List<String> out = new ArrayList<>();
        scheme.vetoes().forEach(v -> v.when().ifPresent(out::add));
        scheme.exclusions().forEach(e -> e.when().ifPresent(out::add));
        scheme.allItems().flatMap(i -> i.rules().stream()).forEach(r -> {
            if (r instanceof Rule.Computed c) {
                out.add(c.expression());
            } else if (r instanceof Rule.Measured m) {
                out.add(m.expression());
            }
        });
        return out;
    }
}
