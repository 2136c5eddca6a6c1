package dev.saferank.es.smartcn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch trusts {@code named_components.json} (it does not scan the jar), and rejects a stable
 * descriptor with unknown keys: keep both in step with the classes.
 */
class PluginMetadataTest {

    private static final Pattern SECTION = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");

    private static Path metadataDir() {
        return Path.of(System.getProperty("plugin.metadata.dir", "target/plugin-metadata"));
    }

    /** extensible interface → component name → class name, as declared in the json file. */
    private static Map<String, Map<String, String>> declared() throws IOException {
        String json = Files.readString(metadataDir().resolve("named_components.json"));
        Map<String, Map<String, String>> result = new HashMap<>();
        Matcher section = SECTION.matcher(json);
        while (section.find()) {
            Map<String, String> components = new HashMap<>();
            Matcher entry = ENTRY.matcher(section.group(2));
            while (entry.find()) {
                components.put(entry.group(1), entry.group(2));
            }
            result.put(section.group(1), components);
        }
        return result;
    }

    /** extensible interface → component name → class name, from the compiled annotated classes. */
    private static Map<String, Map<String, String>> annotated()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(SmartcnTokenizerFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path pkg =
                classes.resolve(SmartcnTokenizerFactory.class.getPackageName().replace('.', '/'));
        Map<String, Map<String, String>> result = new HashMap<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(SmartcnTokenizerFactory.class.getPackageName() + "." + simple);
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named == null) {
                    continue;
                }
                for (Class<?> extensible : type.getInterfaces()) {
                    result.computeIfAbsent(extensible.getName(), k -> new HashMap<>())
                            .put(named.value(), type.getName());
                }
            }
        }
        return result;
    }

    @Test
    void namedComponentsFileMatchesTheAnnotatedClasses() throws Exception {
        Map<String, Map<String, String>> declared = declared();
        assertThat(declared)
                .containsOnlyKeys(
                        "org.elasticsearch.plugin.analysis.AnalyzerFactory",
                        "org.elasticsearch.plugin.analysis.TokenizerFactory",
                        "org.elasticsearch.plugin.analysis.TokenFilterFactory");
        assertThat(declared).isEqualTo(annotated());
    }

    @Test
    void everyComponentHasTheSinglePublicNoArgConstructorElasticsearchCalls() throws Exception {
        for (Map<String, String> components : declared().values()) {
            for (String className : components.values()) {
                Class<?> type = Class.forName(className);
                assertThat(Modifier.isPublic(type.getModifiers())).as(className).isTrue();
                Constructor<?>[] constructors = type.getConstructors();
                assertThat(constructors).as(className).hasSize(1);
                assertThat(constructors[0].getParameterCount()).as(className).isZero();
            }
        }
    }

    @Test
    void descriptorHasOnlyTheKeysAStablePluginMayHaveAndIsFullyFiltered() throws IOException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(
                metadataDir().resolve("stable-plugin-descriptor.properties"), StandardCharsets.UTF_8)) {
            descriptor.load(reader);
        }
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder("name", "description", "version", "elasticsearch.version", "java.version");
        assertThat(descriptor.getProperty("name")).isEqualTo("saferank-analysis-smartcn");
        assertThat(descriptor.getProperty("elasticsearch.version")).isEqualTo("8.19.21");
        assertThat(descriptor.getProperty("java.version")).matches("\\d+");
        descriptor.values().forEach(value -> assertThat((String) value).doesNotContain("@"));
    }
}
