package dev.saferank.platform.preview;

import dev.saferank.platform.agency.AgencyDataService;
import dev.saferank.platform.finding.FindingFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the preview reads the facts other features own: agency data and confirmed findings. */
@Configuration(proxyBeanMethods = false)
class PreviewSources {

    @Bean
    AgencyDataSource agencyDataSource(AgencyDataService agencyData) {
        return agencyData::forYear;
    }

    @Bean
    FindingSource findingSource(FindingFacts findingFacts) {
        return findingFacts::confirmedRuleFindings;
    }
}
