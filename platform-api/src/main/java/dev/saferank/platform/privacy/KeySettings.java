package dev.saferank.platform.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Key rings ({@code id:base64,...}, the last current; see {@link KeyRing}). No defaults: the {@code dev}
 * profile sets published development rings, every other profile must set its own ({@link SecretGuard}).
 *
 * @param personalData AES-256 keys (32 bytes) sealing personal data ({@code SAFERANK_KEYS_PERSONAL_DATA})
 * @param idHash HMAC keys of ID numbers, at least 32 bytes ({@code SAFERANK_KEYS_ID_HASH})
 * @param clientAddress HMAC keys of complainants' network addresses ({@code SAFERANK_KEYS_CLIENT_ADDRESS})
 */
@ConfigurationProperties("saferank.keys")
record KeySettings(String personalData, String idHash, String clientAddress) {}
