package dev.saferank.platform.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code saferank.evidence.*}.
 *
 * @param maxBytes the largest file accepted (10 MiB: a phone's photo or a scanned PDF; below MySQL's default
 *     {@code max_allowed_packet} of 16 MiB is not needed, the store writes in chunks)
 */
@ConfigurationProperties("saferank.evidence")
record EvidenceSettings(@DefaultValue("10485760") long maxBytes) {}
