package dev.saferank.scheme;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading or validating, so all are reported at once. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> list() {
        return list;
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String at(String path, String key, int index) {
        return at(path, key) + "[" + index + "]";
    }
}
