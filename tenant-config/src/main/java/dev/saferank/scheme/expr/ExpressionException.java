package dev.saferank.scheme.expr;

/** An expression that cannot be accepted: syntax error, unknown function, too long or too deep. */
public final class ExpressionException extends RuntimeException {
    public ExpressionException(String message) {
        super(message, null, false, false);
    }
}
