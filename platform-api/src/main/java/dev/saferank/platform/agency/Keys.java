package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import java.util.Optional;

/** Idempotency keys as callers send them: absent, or 1 to 64 characters. */
public final class Keys {

    private Keys() {}

    /** The key if one was sent; a blank or over-long key is refused (INVALID_KEY). */
    public static Optional<String> check(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 64) {
            throw new InvalidInputException("input.idempotencyKey", "INVALID_KEY", "幂等键应为 1 到 64 个字符");
        }
        return Optional.of(key);
    }
}
