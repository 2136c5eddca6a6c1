package dev.saferank.platform.searchbenchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The GraphQL documents the public site sends, read from its sources ({@code web/src/public}, whichever
 * file declares them) so that the benchmark asks exactly what the pages ask: the search ({@code
 * PublicRatings}, the search page's and the city page's) and the cities ({@code PublicCities}, loaded by
 * every page).
 */
final class SiteQueries {

    private static final Path SOURCES = Path.of("..", "web", "src", "public");

    private SiteQueries() {}

    static String search() {
        return document("PublicRatings");
    }

    static String cities() {
        return document("PublicCities");
    }

    /** The text of the {@code graphql(`…`)} template that declares the operation. */
    static String document(String operation) {
        var declaration = Pattern.compile("query\\s+" + operation + "\\b");
        for (Path file : sources()) {
            String source = read(file);
            var found = declaration.matcher(source);
            if (found.find()) {
                int end = source.indexOf('`', found.start());
                return source.substring(found.start(), end).strip();
            }
        }
        throw new IllegalStateException("no file under " + SOURCES + " declares query " + operation);
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(
                            f -> f.toString().endsWith(".ts") || f.toString().endsWith(".tsx"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the public site's sources " + SOURCES + " are not readable", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
