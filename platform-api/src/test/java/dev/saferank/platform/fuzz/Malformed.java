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

    /** Thousands of aliases (beyond the complexity limit), a fragment cycle, or deep nesting. */
    static String bomb(RandomGenerator random) {
        return switch (random.nextInt(3)) {
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
