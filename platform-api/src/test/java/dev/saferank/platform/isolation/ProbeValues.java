package dev.saferank.platform.isolation;

import java.util.Map;
import java.util.Optional;

/**
 * Argument values for probes: the ids of the victim tenant's rows, chosen by argument name, and
 * plausible values for everything else so that requests get past input validation to the point
 * where the tenant check must stop them.
 */
final class ProbeValues implements ValueSource {

    private final Map<String, String> idsByName;
    private final String fallbackId;

    /**
     * @param idsByName victim ids by argument name ({@code agencyId}, {@code findingId}) or by
     *     {@code <field>.<argument>} ({@code agency.id}, {@code finding.id})
     */
    ProbeValues(Map<String, String> idsByName, String fallbackId) {
        this.idsByName = idsByName;
        this.fallbackId = fallbackId;
    }

    @Override
    public Optional<String> argument(String field, String argument) {
        if (argument.equals("first")) {
            return Optional.of("5");
        }
        if (argument.equals("year")) {
            return Optional.of("2023");
        }
        return Optional.ofNullable(idsByName.get(field + "." + argument))
                .or(() -> Optional.ofNullable(idsByName.get(argument)))
                .map(ProbeValues::quoted);
    }

    @Override
    public Optional<String> inputField(String inputType, String field) {
        return Optional.ofNullable(idsByName.get(inputType + "." + field))
                .or(() -> Optional.ofNullable(idsByName.get(field)))
                .map(ProbeValues::quoted);
    }

    @Override
    public String scalar(String scalar, String name) {
        return switch (scalar) {
            case "ID" -> quoted(idsByName.getOrDefault(name, fallbackId));
            case "Int" -> name.toLowerCase().contains("year") ? "2023" : "1";
            case "Float", "BigDecimal" -> "1";
            case "Long" -> quoted(fallbackId);
            case "Boolean" -> "true";
            case "Date" -> quoted("2023-07-20");
            case "DateTime" -> quoted("2023-07-20T08:00:00Z");
            default -> quoted(name.toLowerCase().contains("code") ? "probe" : "探针");
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
