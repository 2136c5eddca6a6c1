package dev.saferank.scheme.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recursive-descent parser; precedence: or < and < comparison < additive < multiplicative < unary. */
final class Parser {
    /** Whitelisted functions and their arity (-1: one or more). */
    private static final Map<String, Integer> FUNCTIONS =
            Map.of("min", -1, "max", -1, "clamp", 3, "floor", 1, "ceil", 1, "abs", 1, "not", 1, "if", 3);

    private static final List<String> COMPARISONS = List.of("<=", ">=", "==", "!=", "<", ">");

    private final Lexer lexer;
    private int depth;

    Parser(String source) {
        this.lexer = new Lexer(source);
    }

    Node parseAll() {
        Node node = or();
        if (!lexer.atEnd()) {
            throw new ExpressionException("unexpected '" + lexer.peek() + "' at " + lexer.position());
        }
        return node;
    }

    private Node or() {
        enter();
        Node left = and();
        while (lexer.accept("or")) {
            left = new Node.Binary("or", left, and());
        }
        depth--;
        return left;
    }

    private Node and() {
        Node left = comparison();
        while (lexer.accept("and")) {
            left = new Node.Binary("and", left, comparison());
        }
        return left;
    }

    private Node comparison() {
        Node left = additive();
        for (String op : COMPARISONS) {
            if (lexer.accept(op)) {
                return new Node.Binary(op, left, additive());
            }
        }
        return left;
    }

    private Node additive() {
        Node left = multiplicative();
        while (true) {
            if (lexer.accept("+")) {
                left = new Node.Binary("+", left, multiplicative());
            } else if (lexer.accept("-")) {
                left = new Node.Binary("-", left, multiplicative());
            } else {
                return left;
            }
        }
    }

    private Node multiplicative() {
        Node left = unary();
        while (true) {
            if (lexer.accept("*")) {
                left = new Node.Binary("*", left, unary());
            } else if (lexer.accept("/")) {
                Node right = unary();
                if (right instanceof Node.Num n && n.value().signum() == 0) {
                    throw new ExpressionException("division by zero");
                }
                left = new Node.Binary("/", left, right);
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        if (lexer.accept("-")) {
            enter();
            Node node = new Node.Neg(unary());
            depth--;
            return node;
        }
        return primary();
    }

    private Node primary() {
        String token = lexer.next();
        if (token.equals("(")) {
            Node inner = or();
            expect(")");
            return inner;
        }
        if (Character.isDigit(token.charAt(0))) {
            return new Node.Num(new BigDecimal(token));
        }
        if (Lexer.isIdentifierStart(token.charAt(0))) {
            return lexer.accept("(") ? call(token) : new Node.Var(token);
        }
        throw new ExpressionException("unexpected '" + token + "'");
    }

    private Node call(String name) {
        Integer arity = FUNCTIONS.get(name);
        if (arity == null) {
            throw new ExpressionException("unknown function " + name);
        }
        List<Node> args = new ArrayList<>();
        if (!lexer.accept(")")) {
            do {
                args.add(or());
            } while (lexer.accept(","));
            expect(")");
        }
        if (arity == -1 ? args.isEmpty() : args.size() != arity) {
            throw new ExpressionException(
                    name + " takes " + (arity == -1 ? "at least one" : String.valueOf(arity)) + " argument(s)");
        }
        return new Node.Call(name, List.copyOf(args));
    }

    private void expect(String token) {
        if (!lexer.accept(token)) {
            throw new ExpressionException(
                    lexer.atEnd() ? "unexpected end of expression" : "expected '" + token + "' at " + lexer.position());
        }
    }

    private void enter() {
        if (++depth > Expression.MAX_DEPTH) {
            throw new ExpressionException("nested deeper than " + Expression.MAX_DEPTH);
        }
    }
}
