package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ShippedSchemesTest {

    static List<String> shipped() throws IOException, URISyntaxException {
        Path root = Path.of(
                ShippedSchemesTest.class.getClassLoader().getResource("tenants").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> "tenants/" + root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShippedSchemeLoadsAndValidates() throws Exception {
        return shipped().stream()
                .map(r -> DynamicTest.dynamicTest(r, () -> {
                    Scheme s = SchemeLoader.fromClasspath(r);
                    assertThat(r).contains("tenants/" + s.tenant() + "/" + s.tenant() + "-" + s.year() + ".yaml");
                    assertThat(SchemeValidator.validate(s)).isEmpty();
                    if (s.scores()) {
                        assertThat(new ScoringEngine(s).scheme()).isSameAs(s);
                    }
                }));
    }

    @Test
    void theTwoSchemesOfThisEngineerAreShipped() throws Exception {
        assertThat(shipped()).contains("tenants/quanzhou/quanzhou-2023.yaml", "tenants/putian/putian-2021.yaml");
    }

    @Test
    void everyScoredShippedSchemeStatesSectionMaximaThatAddUpToItsTotal() throws Exception {
        for (String r : shipped()) {
            Scheme s = SchemeLoader.fromClasspath(r);
            if (s.scores()) {
                var sum = s.sections().stream()
                        .map(Section::effectiveMax)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                assertThat(sum).as(r).isEqualByComparingTo(s.total().orElseThrow());
            }
        }
    }
}
