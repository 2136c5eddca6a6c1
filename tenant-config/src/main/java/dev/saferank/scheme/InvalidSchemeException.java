package dev.saferank.scheme;

import java.util.List;

/** A scheme that is malformed or inconsistent. */
public final class InvalidSchemeException extends ValidationException {
    public InvalidSchemeException(List<Problem> problems) {
        super("invalid scheme", problems);
    }
}
