package dev.saferank.platform.preview;

import dev.saferank.platform.finding.FindingFacts;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the preview reads the facts other features own: agency data and confirmed findings. */
@Configuration(proxyBeanMethods = false)
class PreviewSources {

    @Bean
    AgencyDataSource agencyDataSource(PreviewMapper mapper) {
        return (tenant, agencyId, year, scheme) -> mapper.agencyData(tenant, agencyId, year).stream()
                .filter(field -> scheme.agencyData().containsKey(field.field()))
                .collect(Collectors.toMap(PreviewMapper.FieldValue::field, PreviewMapper.FieldValue::value));
    }

    @Bean
    FindingSource findingSource(FindingFacts findingFacts) {
        return findingFacts::confirmedRuleFindings;
    }
}
