package dev.saferank.scheme.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** The syntax tree; each node evaluates itself without side effects. */
sealed interface Node {
    MathContext DIVISION = MathContext.DECIMAL128;

    BigDecimal eval(Expression.Env env);

    default void collectVariables(Set<String> names) {}

    static BigDecimal truth(boolean b) {
        return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    static boolean isTrue(BigDecimal v) {
        return v.signum() != 0;
    }

    record Num(BigDecimal value) implements Node {
        @Override
        public BigDecimal eval(Expression.Env env) {
            return value;
        }
    }

    record Var(String name) implements Node {
        @Override
        public BigDecimal eval(Expression.Env env) {
            return env.value(name);
        }

        @Override
        public void collectVariables(Set<String> names) {
            names.add(name);
        }
    }

    record Neg(Node operand) implements Node {
        @Override
        public BigDecimal eval(Expression.Env env) {
            return operand.eval(env).negate();
        }

        @Override
        public void collectVariables(Set<String> names) {
            operand.collectVariables(names);
        }
    }

    record Binary(String op, Node left, Node right) implements Node {
        @Override
        public BigDecimal eval(Expression.Env env) {
            BigDecimal a = left.eval(env);
            // "and"/"or" short-circuit like every reader expects
            if (op.equals("and")) {
                return truth(isTrue(a) && isTrue(right.eval(env)));
            }
            if (op.equals("or")) {
                return truth(isTrue(a) || isTrue(right.eval(env)));
            }
            BigDecimal b = right.eval(env);
            return switch (op) {
                case "+" -> a.add(b);
                case "-" -> a.subtract(b);
                case "*" -> a.multiply(b);
                // a tenant formula must never crash a rating run: x / 0 is 0
                case "/" -> b.signum() == 0 ? BigDecimal.ZERO : a.divide(b, DIVISION);
                case "<" -> truth(a.compareTo(b) < 0);
                case "<=" -> truth(a.compareTo(b) <= 0);
                case ">" -> truth(a.compareTo(b) > 0);
                case ">=" -> truth(a.compareTo(b) >= 0);
                case "==" -> truth(a.compareTo(b) == 0);
                case "!=" -> truth(a.compareTo(b) != 0);
                default -> throw new IllegalStateException(op);
            };
        }

        @Override
        public void collectVariables(Set<String> names) {
            left.collectVariables(names);
            right.collectVariables(names);
        }
    }

    record Call(String function, List<Node> args) implements Node {
        @Override
        public BigDecimal eval(Expression.Env env) {
            return switch (function) {
                case "min" ->
                    args.stream().map(n -> n.eval(env)).reduce(BigDecimal::min).orElseThrow();
                case "max" ->
                    args.stream().map(n -> n.eval(env)).reduce(BigDecimal::max).orElseThrow();
                case "clamp" ->
                    args.get(0)
                            .eval(env)
                            .max(args.get(1).eval(env))
                            .min(args.get(2).eval(env));
                case "floor" -> args.get(0).eval(env).setScale(0, RoundingMode.FLOOR);
                case "ceil" -> args.get(0).eval(env).setScale(0, RoundingMode.CEILING);
                case "abs" -> args.get(0).eval(env).abs();
                case "not" -> truth(!isTrue(args.get(0).eval(env)));
                case "if" ->
                    isTrue(args.get(0).eval(env))
                            ? args.get(1).eval(env)
                            : args.get(2).eval(env);
                default -> throw new IllegalStateException(function);
            };
        }

        @Override
        public void collectVariables(Set<String> names) {
            args.forEach(a -> a.collectVariables(names));
        }
    }
}
