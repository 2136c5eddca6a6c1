package dev.saferank.platform.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Depth and complexity limits: a request that would fetch too much is refused before it runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Settings.class)
class RequestLimits {

    /**
     * @param maxDepth deepest selection allowed
     * @param maxComplexity the number of fields a request may select, counted by graphql-java
     * @param maxPageSize the largest {@code first} of a connection
     */
    @ConfigurationProperties("saferank.graphql")
    record Settings(
            @DefaultValue("12") int maxDepth,
            @DefaultValue("2000") int maxComplexity,
            @DefaultValue("100") int maxPageSize) {}

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(Settings settings) {
        return new MaxQueryDepthInstrumentation(settings.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(Settings settings) {
        return new MaxQueryComplexityInstrumentation(settings.maxComplexity());
    }
}
