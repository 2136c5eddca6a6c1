package dev.saferank.platform.privacy;

/** The keyed hashes of ID numbers (身份证号); see {@link KeyedHash}. */
public record IdNumberHashes(KeyedHash hash) {}
