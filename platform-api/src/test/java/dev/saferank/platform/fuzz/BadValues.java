package dev.saferank.platform.fuzz;

import dev.saferank.platform.isolation.ValueSource;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Values a careless or hostile client sends: wrong types, out-of-range numbers, malformed dates and
 * codes, oversize and injection strings. Seeded, so that a failing request can be reproduced.
 */
final class BadValues implements ValueSource {

    private static final List<String> STRINGS = List.of(
            "\"\"",
            "\"   \"",
            "\"' OR 1=1 --\"",
            "\"\\\"; DROP TABLE agency; --\"",
            "\"${jndi:ldap://x}\"",
            "\"<script>alert(1)</script>\"",
            "\"\\u0000\"",
            "\"9135010" + "0M000100Y4Z\"",
            "\"2023-13-45\"",
            "\"-1\"",
            "\"99999999999999999999999999\"",
            "\"\uD83D\uDE00\uD83D\uDE00\"");
    private static final List<String> NUMBERS =
            List.of("-1", "0", "-2147483648", "2147483647", "1e308", "-0.0001", "123456789012345678901234567890");

    private final RandomGenerator random;

    BadValues(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public Optional<String> argument(String field, String argument) {
        return random.nextInt(4) == 0 ? Optional.of(anything()) : Optional.empty();
    }

    @Override
    public Optional<String> inputField(String inputType, String field) {
        return random.nextInt(3) == 0 ? Optional.of(anything()) : Optional.empty();
    }

    @Override
    public String scalar(String scalar, String name) {
        return switch (random.nextInt(3)) {
            case 0 -> anything();
            case 1 ->
                switch (scalar) {
                    case "Int", "Float", "BigDecimal", "Long" -> NUMBERS.get(random.nextInt(NUMBERS.size()));
                    default -> STRINGS.get(random.nextInt(STRINGS.size()));
                };
            default -> oversize();
        };
    }

    private String anything() {
        return switch (random.nextInt(6)) {
            case 0 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 1 -> STRINGS.get(random.nextInt(STRINGS.size()));
            case 2 -> "null";
            case 3 -> "[1, \"x\", null]";
            case 4 -> "{unknown: 1}";
            default -> oversize();
        };
    }

    private String oversize() {
        return OVERSIZE.get(random.nextInt(OVERSIZE.size()));
    }

    /** Made once: 40,000 to 60,000 characters each (the requests are cheap to generate, the server's work not). */
    private static final List<String> OVERSIZE = List.of(20_000, 24_000, 27_500, 29_999).stream()
            .map(n -> "\"" + "超长".repeat(n) + "\"")
            .toList();
}
