package dev.saferank.platform.scheme;

import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.ScoringEngine;

/** The scheme version a tenant uses for a year, with its compiled engine. */
public record ActiveScheme(String version, Scheme scheme, ScoringEngine engine) {}
