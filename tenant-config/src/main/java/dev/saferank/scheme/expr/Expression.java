package dev.saferank.scheme.expr;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed arithmetic expression: numbers, dotted variables, {@code + - * /}, comparisons, {@code and},
 * {@code or} and a fixed set of functions. Parse once, evaluate many times.
 */
public final class Expression {
    /** The longest accepted source text. */
    public static final int MAX_LENGTH = 500;

    /** The deepest accepted nesting of sub-expressions. */
    public static final int MAX_DEPTH = 32;

    private final String source;
    private final Node root;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses an expression.
     *
     * @throws ExpressionException with a message fit to show after a path
     */
    public static Expression parse(String source) {
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException("longer than " + MAX_LENGTH + " characters");
        }
        return new Expression(source, new Parser(source).parseAll());
    }

    /** The variables the expression reads. */
    public Set<String> variables() {
        Set<String> names = new TreeSet<>();
        root.collectVariables(names);
        return names;
    }

    /** Evaluates with the given variable values; division by zero yields zero. */
    public BigDecimal evaluate(Env env) {
        return root.eval(env);
    }

    /** The source text. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    /** Supplies variable values during evaluation. */
    @FunctionalInterface
    public interface Env {
        /** The value of a variable the expression reads. */
        BigDecimal value(String name);
    }
}
