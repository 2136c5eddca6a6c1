package dev.saferank.platform.preview;

import dev.saferank.scheme.Facts;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the preview reads the facts other features own. Until the agency and findings features
 * provide their readers, these read the tables directly; then each bean becomes one line:
 * {@code return agencyDataService::forYear;} and {@code return findingFacts::confirmedRuleFindings;}.
 */
@Configuration(proxyBeanMethods = false)
class PreviewSources {

    @Bean
    AgencyDataSource agencyDataSource(PreviewMapper mapper) {
        return (tenant, agencyId, year, scheme) -> mapper.agencyData(tenant, agencyId, year).stream()
                .filter(field -> scheme.agencyData().containsKey(field.field()))
                .collect(Collectors.toMap(PreviewMapper.FieldValue::field, PreviewMapper.FieldValue::value));
    }

    @Bean
    FindingSource findingSource(PreviewMapper mapper) {
        return (tenant, agencyId, year) -> mapper.confirmedFindings(tenant, agencyId, year).stream()
                .map(row -> new Facts.Finding(
                        row.ruleCode(),
                        row.count(),
                        Optional.ofNullable(row.value()),
                        Optional.ofNullable(row.enterprise())))
                .toList();
    }
}
