package dev.saferank.platform.benchmark;

import java.util.List;

/** One way of producing the agencies page: the GraphQL API over HTTP, or plain JDBC. */
interface PageSource {

    /** The page after {@code cursor} (null: the first page). */
    Page page(String cursor) throws Exception;

    /** What both ways must agree on: the agencies of a page and how many findings each has. */
    record Page(List<Row> agencies, String nextCursor) {}

    record Row(long id, String name, int findings) {}
}
