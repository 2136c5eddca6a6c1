package dev.saferank.scheme;

import java.util.List;
import java.util.stream.Collectors;

/** Rejected input: every problem found, each with its path. */
public abstract sealed class ValidationException extends RuntimeException
        permits InvalidSchemeException, InvalidFactsException {
    private final List<Problem> problems;

    ValidationException(String what, List<Problem> problems) {
        super(
                what + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")),
                null,
                false,
                false);
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
