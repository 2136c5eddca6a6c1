package dev.saferank.platform.scheme;

import java.time.Instant;

/** A stored scheme version: the YAML as uploaded, with who and when. */
public record SchemeVersion(
        String version, int year, String title, String source, String uploadedBy, Instant uploadedAt) {}
