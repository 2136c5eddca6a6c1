package dev.saferank.rating.facts.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one table in agency order, read forward once: a streaming cursor (the rating job) or rows
 * read whole (the preview, the what-if). The merge is the same for both.
 */
public interface RowSource<T extends Rows.OfAgency> extends AutoCloseable {

    /** The current row, or null after the last. */
    T current();

    void advance();

    /** The rows of this agency, after passing the rows of agencies before it. */
    default List<T> take(long agencyId) {
        List<T> rows = new ArrayList<>();
        T row = current();
        while (row != null && row.agencyId() < agencyId) {
            advance();
            row = current();
        }
        while (row != null && row.agencyId() == agencyId) {
            rows.add(row);
            advance();
            row = current();
        }
        return rows;
    }

    @Override
    default void close() {}

    /** A table the scheme does not need: no rows, no statement. */
    static <T extends Rows.OfAgency> RowSource<T> none() {
        return new RowSource<>() {
            @Override
            public T current() {
                return null;
            }

            @Override
            public void advance() {}
        };
    }

    /** Rows already read. */
    static <T extends Rows.OfAgency> RowSource<T> of(List<T> rows) {
        return new RowSource<>() {
            private int next;

            @Override
            public T current() {
                return next < rows.size() ? rows.get(next) : null;
            }

            @Override
            public void advance() {
                next++;
            }
        };
    }
}
