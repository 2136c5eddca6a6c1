package dev.saferank.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void templateBecomesTheNewTenantsFirstVersionForTheYear() {
        Scheme scheme = SchemeLoader.fromYaml(Templates.forTenant("quanzhou", "xiamen", 2025));

        assertThat(scheme.tenant()).isEqualTo("xiamen");
        assertThat(scheme.year()).isEqualTo(2025);
        assertThat(scheme.version()).isEqualTo("2025.1");
        assertThat(scheme.title()).isEqualTo("泉州市安全生产标准化专业技术服务机构诚信考评表");
        assertThat(scheme.rule("14.5a")).isPresent();
    }

    @Test
    void everyShippedTemplateLoadsForANewTenant() {
        for (String template : Templates.NAMES) {
            assertThat(SchemeLoader.fromYaml(Templates.forTenant(template, "it-city", 2030))
                            .tenant())
                    .as(template)
                    .isEqualTo("it-city");
        }
        assertThat(Templates.NAMES).containsExactlyInAnyOrderElementsOf(Templates.SHIPPED.keySet());
    }

    @Test
    void knowsOnlyTheShippedTemplates() {
        assertThat(Templates.known("linyi")).isTrue();
        assertThat(Templates.known("xiamen")).isFalse();
        assertThat(Templates.known("../linyi")).isFalse();
        assertThat(Templates.known(null)).isFalse();
    }
}
