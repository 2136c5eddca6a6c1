package dev.saferank.rating.facts.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The agencies a read covers: the active agencies of an id range (the rating job's partitions, the what-if
 * over a whole tenant) or given agencies whatever their status (the preview, an agency page).
 */
public sealed interface Selection {

    /** The SQL condition on the agency id column and its parameters. */
    String condition(String column);

    List<Object> parameters();

    /** Whether only active agencies are read. */
    boolean activeOnly();

    /** Active agencies with {@code after < id <= upTo}. */
    record Range(long after, long upTo) implements Selection {
        @Override
        public String condition(String column) {
            return column + " > ? AND " + column + " <= ?";
        }

        @Override
        public List<Object> parameters() {
            return List.of(after, upTo);
        }

        @Override
        public boolean activeOnly() {
            return true;
        }
    }

    /** These agencies, in id order. */
    record Ids(List<Long> ids) implements Selection {
        public Ids {
            List<Long> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
            ids = Collections.unmodifiableList(sorted);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("no agency to read");
            }
        }

        @Override
        public String condition(String column) {
            return column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        }

        @Override
        public List<Object> parameters() {
            return List.copyOf(ids);
        }

        @Override
        public boolean activeOnly() {
            return false;
        }
    }
}
