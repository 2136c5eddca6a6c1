package dev.saferank.scheme;

/**
 * One problem found in a scheme or facts, located by path, e.g. {@code sections[2].items[4].rules[1].points:
 * must be > 0}.
 *
 * @param path where the problem is
 * @param message what is wrong
 */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
