package dev.saferank.platform.subject;

/** Receives the id MySQL generated for an insert (MyBatis sets the field). */
final class GeneratedId {

    private long id;

    long value() {
        return id;
    }
}
