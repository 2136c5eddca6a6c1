package dev.saferank.platform.privacy;

/** The keyed hashes of complainants' network addresses; see {@link KeyedHash}. */
public record ClientAddressHashes(KeyedHash hash) {}
