package dev.saferank.scheme;

import java.util.Optional;

/**
 * A condition that forces a grade whatever the score (一票否决 / 直接评定).
 *
 * @param code the code a finding may name
 * @param wording the seed's wording
 * @param when the condition; empty means "when a finding names the code"
 * @param grade the band label forced
 */
public record Veto(String code, String wording, Optional<String> when, String grade) {}
