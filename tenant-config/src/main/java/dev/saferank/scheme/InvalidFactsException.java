package dev.saferank.scheme;

import java.util.List;

/** Facts that are malformed or do not fit the scheme they are evaluated under. */
public final class InvalidFactsException extends ValidationException {
    public InvalidFactsException(List<Problem> problems) {
        super("invalid facts", problems);
    }
}
