package dev.saferank.platform.searchbenchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The GraphQL documents the public site sends, read from its sources ({@code web/src/public}) so that the
 * benchmark asks exactly what the pages ask: the search ({@code PublicRatings} of SearchPage.tsx, also the
 * city page's) and the cities ({@code PublicCities} of cities.ts, loaded by every page).
 */
final class SiteQueries {

    private static final Path SOURCES = Path.of("..", "web", "src", "public");

    private SiteQueries() {}

    static String search() {
        return document("SearchPage.tsx", "PublicRatings");
    }

    static String cities() {
        return document("cities.ts", "PublicCities");
    }

    /** The text of the {@code graphql(`…`)} template that declares the operation. */
    static String document(String file, String operation) {
        String source;
        try {
            source = Files.readString(SOURCES.resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the public site's source " + SOURCES.resolve(file) + " is not readable", e);
        }
        int at = source.indexOf("query " + operation);
        int end = at < 0 ? -1 : source.indexOf('`', at);
        if (end < 0) {
            throw new IllegalStateException(file + " declares no query " + operation);
        }
        return source.substring(at, end).strip();
    }
}
