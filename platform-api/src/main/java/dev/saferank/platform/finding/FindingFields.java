package dev.saferank.platform.finding;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The stored fields of {@code Finding}, read by their record accessors. graphql-java's default
 * property fetcher finds the accessor through a cache keyed per call (class, field), ≈ 3.5 % of the
 * server's time for an agencies page with 2,000 findings of five fields each (AgencyPageBenchmark).
 * Fields computed elsewhere ({@code of}, {@code rectification}, {@code history}) keep their
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
class FindingFields {

    @Bean
    RuntimeWiringConfigurer findingFieldAccessors() {
        Map<String, Function<Finding, Object>> fields = Map.ofEntries(
                Map.entry("id", Finding::id),
                Map.entry("agencyId", Finding::agencyId),
                Map.entry("year", Finding::year),
                Map.entry("kind", Finding::kind),
                Map.entry("ruleCode", Finding::ruleCode),
                Map.entry("count", Finding::count),
                Map.entry("value", Finding::value),
                Map.entry("enterprise", Finding::enterprise),
                Map.entry("evidence", Finding::evidence),
                Map.entry("source", Finding::source),
                Map.entry("observedOn", Finding::observedOn),
                Map.entry("status", Finding::status),
                Map.entry("inspectionId", Finding::inspectionId),
                Map.entry("recordedBy", Finding::recordedBy),
                Map.entry("recordedAt", Finding::recordedAt),
                Map.entry("confirmedBy", Finding::confirmedBy));
        return wiring -> wiring.type("Finding", type -> {
            fields.forEach((name, accessor) -> type.dataFetcher(name, new Accessor(accessor)));
            return type;
        });
    }

    /** A field read straight from the finding; trivial, so no context is propagated around it. */
    private record Accessor(Function<Finding, Object> field) implements LightDataFetcher<Object> {

        @Override
        public Object get(
                GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
            return field.apply((Finding) source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return field.apply(environment.getSource());
        }
    }
}
