package dev.saferank.scheme;

import dev.saferank.scheme.expr.Expression;
import dev.saferank.scheme.expr.ExpressionException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The variables a scheme expression may read, and the check that it reads only those. */
final class Variables {
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Variables() {}

    /**
     * Parses an expression and reports syntax errors and unknown variables at {@code path}.
     *
     * @param local the name a measured rule binds its value to, if any
     */
    static Optional<Expression> check(Scheme s, String text, String path, Optional<String> local, Problems p) {
        Expression e;
        try {
            e = Expression.parse(text);
        } catch (ExpressionException ex) {
            p.add(path, ex.getMessage());
            return Optional.empty();
        }
        boolean ok = true;
        for (String v : e.variables()) {
            if (!known(s, v, local)) {
                p.add(path, "unknown variable " + v);
                ok = false;
            }
        }
        return ok ? Optional.of(e) : Optional.empty();
    }

    static boolean known(Scheme s, String v, Optional<String> local) {
        if (local.isPresent() && local.get().equals(v)) {
            return true;
        }
        String[] parts = v.split("\\.", -1);
        if (parts[0].equals("agency")) {
            return parts.length == 2 && s.agencyData().containsKey(parts[1]);
        }
        if (parts[0].equals("sanctions")) {
            return (parts.length == 2 || parts.length == 3)
                    && SanctionType.of(parts[1]).isPresent()
                    && (parts.length == 2 || Level.of(parts[2]).isPresent());
        }
        return false;
    }
}
