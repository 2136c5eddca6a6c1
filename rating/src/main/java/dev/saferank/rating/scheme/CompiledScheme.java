package dev.saferank.rating.scheme;

import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.ScoringEngine;
import java.util.Optional;

/**
 * A stored scheme version with its compiled engine. A checklist-only scheme (莆田) has no engine: it scores
 * nothing, and its checklists are still used.
 *
 * @param version the version name, e.g. {@code 2023.1}
 * @param scheme the parsed scheme
 * @param scoring the engine, absent for a checklist-only scheme
 */
public record CompiledScheme(String version, Scheme scheme, Optional<ScoringEngine> scoring) {

    /** Whether the version scores (it is not checklist-only). */
    public boolean scores() {
        return scoring.isPresent();
    }
}
