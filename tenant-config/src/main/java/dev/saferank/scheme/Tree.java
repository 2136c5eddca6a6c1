package dev.saferank.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parses YAML (or JSON) text into a tree, keeping decimals exact and refusing duplicate keys. */
final class Tree {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Tree() {}

    /** Parses text; a syntax error is reported as a problem at the root. */
    static JsonNode parse(String text, Problems problems) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                problems.add("", "empty document");
                return MAPPER.createObjectNode();
            }
            return node;
        } catch (JacksonException e) {
            problems.add("", "not valid YAML/JSON: " + e.getOriginalMessage());
            return MAPPER.createObjectNode();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String read(InputStream in, String name) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static BigDecimal decimal(JsonNode node) {
        // integers and BigDecimal floats both arrive exact; normalise 2.0 and 2 alike for comparisons
        return node.decimalValue();
    }

    static List<JsonNode> elements(JsonNode node) {
        return List.copyOf(node.values());
    }
}
