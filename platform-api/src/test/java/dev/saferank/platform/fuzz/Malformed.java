package dev.saferank.platform.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/** Requests no frontend would send: broken JSON, wrong content types, depth and alias bombs. */
final class Malformed {

    private static final List<String> BODIES = List.of(
            "",
            "{",
            "null",
            "[]",
            "{\"query\": 42}",
            "{\"query\": null}",
            "{\"query\": \"{ viewer { username } }\", \"variables\": \"nope\"}",
            "{\"query\": \"{ viewer { username }\"}",
            "{\"query\": \"mutation { nosuchthing }\"}",
            "{\"query\": \"{ __schema { types { name } } }\"}",
            "{\"query\": \"query A { viewer { username } } query B { viewer { tenant } }\"}",
            "{\"query\": \"{ viewer { username } }\", \"operationName\": \"Nope\"}",
            "\u0000\u0001\u0002",
            "{\"query\": \"" + "{".repeat(5000) + "\"}");

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded", "image/png");

    private Malformed() {}

    static String body(RandomGenerator random) {
        return BODIES.get(random.nextInt(BODIES.size()));
    }

    static String contentType(RandomGenerator random) {
        return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
    }

    /** Fields a flood repeats: searches, previews, what-ifs, introspection, a scalar. */
    private static final List<String> FLOODED = List.of(
            "publicRatings(query: \"安全\", first: 20) { total hits { agencyName } }",
            "publicRatings { total }",
            "preview(agencyId: 1, year: 2023) { total grade }",
            "compareSchemes(year: 2023, versionA: \"a\", versionB: \"b\") { changedCount }",
            "searchReports(query: \"报告\") { total }",
            "__schema { queryType { name } }",
            "__type(name: \"Agency\") { name }",
            "publicCities { code }",
            "__typename");

    /**
     * Thousands of aliases (beyond the complexity limit), a fragment cycle, deep nesting, or an alias flood
     * (or the same root field repeated) of an expensive field, from a few to beyond every budget.
     */
    static String bomb(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 3, 4 -> {
                String field = FLOODED.get(random.nextInt(FLOODED.size()));
                int count = 1 + random.nextInt(random.nextBoolean() ? 10 : 1_500);
                boolean aliased = random.nextInt(4) != 0;
                StringBuilder flood = new StringBuilder("{ ");
                for (int i = 0; i < count; i++) {
                    flood.append(aliased ? "f" + i + ": " : "").append(field).append(' ');
                }
                yield flood.append('}').toString();
            }
            case 0 -> {
                StringBuilder aliases = new StringBuilder("{ ");
                int count = 2_500 + random.nextInt(2_500);
                for (int i = 0; i < count; i++) {
                    aliases.append("a").append(i).append(": viewer { username } ");
                }
                yield aliases.append("}").toString();
            }
            case 1 -> "{ viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }";
            default -> {
                int depth = 100 + random.nextInt(400);
                yield "{ viewer { " + "... on Viewer { ".repeat(depth) + "username" + " }".repeat(depth) + " } }";
            }
        };
    }
}
