package dev.saferank.platform.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and complexity limits: a request that would fetch too much is refused before it runs.
 *
 * <p>Both are checked once per operation, before any field runs, by graphql-java's own
 * instrumentations, and this is the engine's only instrumentation. Registered as beans, Spring
 * chains every instrumentation (and Spring Boot adds its observation instrumentation, whose
 * observations are switched off in application.yaml): the chain is then called for each of the
 * ≈ 10,000 fields of an agencies page, to do nothing, which was ≈ 10 % of the server's time in
 * AgencyPageBenchmark. A single instrumentation that overrides only the per-operation callbacks
 * costs nothing per field. Another instrumentation must be added here, not as a bean.
 */
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
    GraphQlSourceBuilderCustomizer requestLimitsOnly(Settings settings) {
        var limits = new Limits(settings);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(limits));
    }

    /** Depth, then complexity, as the two instrumentations did when chained. */
    static final class Limits extends SimplePerformantInstrumentation {

        private final MaxQueryDepthInstrumentation depth;
        private final MaxQueryComplexityInstrumentation complexity;

        Limits(Settings settings) {
            this.depth = new MaxQueryDepthInstrumentation(settings.maxDepth());
            this.complexity = new MaxQueryComplexityInstrumentation(settings.maxComplexity());
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(
                InstrumentationCreateStateParameters parameters) {
            return complexity.createStateAsync(parameters);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            return complexity.beginValidation(parameters, state);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            depth.beginExecuteOperation(parameters, null); // throws when too deep
            return complexity.beginExecuteOperation(parameters, state);
        }
    }
}
