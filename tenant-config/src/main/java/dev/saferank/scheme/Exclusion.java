package dev.saferank.scheme;

import java.util.Optional;

/**
 * A condition that excludes an agency from rating and ranking (不参与考评和排名).
 *
 * @param code the code a finding may name
 * @param wording the seed's wording
 * @param when the condition; empty means "when a finding names the code"
 */
public record Exclusion(String code, String wording, Optional<String> when) {}
