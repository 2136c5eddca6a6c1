package dev.saferank.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A YAML mapping being read field by field; type errors, missing fields and (on {@link #finish()})
 * unknown fields become problems at their path instead of exceptions, so all are reported together.
 */
final class Obj {
    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();

    private Obj(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Wraps a node that must be a mapping; otherwise reports it and reads as empty. */
    static Obj of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be a mapping");
        }
        return new Obj(node, path, problems);
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    String at(String key) {
        return Problems.at(path, key);
    }

    boolean has(String key) {
        JsonNode v = node.isObject() ? node.get(key) : null;
        return v != null && !v.isNull();
    }

    private Optional<JsonNode> raw(String key) {
        read.add(key);
        return has(key) ? Optional.of(node.get(key)) : Optional.empty();
    }

    Optional<String> text(String key) {
        return raw(key).flatMap(v -> {
            if (v.isString()) {
                return Optional.of(v.stringValue());
            }
            problems.add(at(key), "must be text" + (v.isNumber() ? " (quote it: \"" + v.asString() + "\")" : ""));
            return Optional.empty();
        });
    }

    String reqText(String key) {
        if (!has(key)) {
            read.add(key);
            problems.add(at(key), "is required");
            return "";
        }
        return text(key).orElse("");
    }

    Optional<BigDecimal> decimal(String key) {
        return raw(key).flatMap(v -> {
            if (v.isNumber()) {
                return Optional.of(Tree.decimal(v));
            }
            problems.add(at(key), "must be a number");
            return Optional.empty();
        });
    }

    BigDecimal reqDecimal(String key) {
        if (!has(key)) {
            read.add(key);
            problems.add(at(key), "is required");
            return BigDecimal.ZERO;
        }
        return decimal(key).orElse(BigDecimal.ZERO);
    }

    Optional<Integer> integer(String key) {
        return raw(key).flatMap(v -> {
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                return Optional.of(v.intValue());
            }
            problems.add(at(key), "must be a whole number");
            return Optional.empty();
        });
    }

    int reqInteger(String key) {
        if (!has(key)) {
            read.add(key);
            problems.add(at(key), "is required");
            return 0;
        }
        return integer(key).orElse(0);
    }

    boolean bool(String key, boolean otherwise) {
        return raw(key).map(v -> {
                    if (v.isBoolean()) {
                        return v.booleanValue();
                    }
                    problems.add(at(key), "must be true or false");
                    return otherwise;
                })
                .orElse(otherwise);
    }

    Optional<Obj> obj(String key) {
        return raw(key).map(v -> of(v, at(key), problems));
    }

    /** A list of mappings read by {@code reader}; an absent key is an empty list. */
    <T> List<T> list(String key, Function<Obj, T> reader) {
        List<T> out = new ArrayList<>();
        raw(key).ifPresent(v -> {
            if (!v.isArray()) {
                problems.add(at(key), "must be a list");
                return;
            }
            int i = 0;
            for (JsonNode e : v.values()) {
                Obj o = of(e, Problems.at(path, key, i++), problems);
                out.add(reader.apply(o));
                o.finish();
            }
        });
        return out;
    }

    /** A list of scalars converted by {@code reader} (which reports its own problems). */
    <T> List<T> scalars(String key, ScalarReader<T> reader) {
        List<T> out = new ArrayList<>();
        raw(key).ifPresent(v -> {
            if (!v.isArray()) {
                problems.add(at(key), "must be a list");
                return;
            }
            int i = 0;
            for (JsonNode e : v.values()) {
                reader.read(e, Problems.at(path, key, i++), problems).ifPresent(out::add);
            }
        });
        return out;
    }

    /** A mapping of name → mapping read by {@code reader}, in file order. */
    <T> Map<String, T> map(String key, Function<Obj, T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        obj(key).ifPresent(o -> {
            o.read.addAll(o.keys());
            for (String k : o.keys()) {
                Obj child = of(o.node.get(k), o.at(k), problems);
                out.put(k, reader.apply(child));
                child.finish();
            }
        });
        return out;
    }

    /** A mapping of name → scalar. */
    <T> Map<String, T> scalarMap(String key, ScalarReader<T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        obj(key).ifPresent(o -> {
            o.read.addAll(o.keys());
            for (String k : o.keys()) {
                reader.read(o.node.get(k), o.at(k), problems).ifPresent(v -> out.put(k, v));
            }
        });
        return out;
    }

    List<String> keys() {
        return node.isObject() ? List.copyOf(node.propertyNames()) : List.of();
    }

    /** Marks every field as read (used when the rest would only produce noise). */
    void skipRest() {
        read.addAll(keys());
    }

    /** Reports every field that was never read: unknown fields are errors, not silently ignored. */
    void finish() {
        for (String k : keys()) {
            if (!read.contains(k)) {
                problems.add(at(k), "unknown field");
            }
        }
    }

    /** Converts one scalar node, reporting problems at its path. */
    @FunctionalInterface
    interface ScalarReader<T> {
        Optional<T> read(JsonNode node, String path, Problems problems);

        ScalarReader<String> TEXT = (n, p, pr) -> {
            if (n.isString()) {
                return Optional.of(n.stringValue());
            }
            pr.add(p, "must be text");
            return Optional.empty();
        };

        ScalarReader<BigDecimal> DECIMAL = (n, p, pr) -> {
            if (n.isNumber()) {
                return Optional.of(Tree.decimal(n));
            }
            pr.add(p, "must be a number");
            return Optional.empty();
        };
    }
}
