package dev.saferank.rating.facts;

/**
 * The facts of a range of agencies, agency by agency in id order, read by streaming cursors: never more
 * than one agency's facts in memory. Close it to release the cursors' connections.
 */
public interface FactStream extends AutoCloseable {

    /** The next agency's facts, or null after the last. */
    AgencyYearFacts next();

    @Override
    void close();
}
