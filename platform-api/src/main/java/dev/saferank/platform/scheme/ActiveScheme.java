package dev.saferank.platform.scheme;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.rating.scheme.CompiledScheme;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.ScoringEngine;
import java.util.Optional;

/**
 * The scheme version a tenant uses for a year, with its compiled engine. A checklist-only scheme
 * (莆田) has no engine: it scores nothing, and its checklists are still used.
 */
public record ActiveScheme(String version, Scheme scheme, Optional<ScoringEngine> scoring) {

    static ActiveScheme of(CompiledScheme compiled) {
        return new ActiveScheme(compiled.version(), compiled.scheme(), compiled.scoring());
    }

    /** The compiled engine; a checklist-only scheme is refused as bad input (it has no score). */
    public ScoringEngine engine() {
        return scoring.orElseThrow(
                () -> new InvalidInputException("year", "NOT_SCORED", "方案版本 " + version + " 只有检查表，不计分"));
    }
}
