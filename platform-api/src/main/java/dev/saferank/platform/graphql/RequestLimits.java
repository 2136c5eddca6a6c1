package dev.saferank.platform.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.GoodFaithIntrospection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpHeaders;

/**
 * Depth, size and cost limits: a request that would fetch or compute too much is refused before any field
 * runs, with a Chinese message saying which limit and by how much.
 *
 * <p>The cost ({@link QueryCost}) prices every field by what it makes the server do, aliases and repeated
 * fields each again, and is held against a budget per request: lower for anonymous callers than for signed-in
 * ones. All three are worked out in one walk of the document when the operation starts to execute (a cached
 * document skips validation, never this). This is the engine's only instrumentation and it overrides only
 * that per-operation callback: registered as beans, Spring chains every instrumentation and the chain is called
 * for each of the ≈ 10,000 fields of an agencies page, to do nothing, which was ≈ 10 % of the server's time in
 * AgencyPageBenchmark. Another instrumentation must be added here, not as a bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Settings.class)
class RequestLimits {

    /** GraphQL context key: whether the request carried a token (Spring Security has refused bad ones). */
    static final String SIGNED_IN = "saferank.signedIn";

    /**
     * @param maxDepth deepest selection allowed
     * @param maxComplexity the number of fields a request may select (fragments expanded, aliases counted)
     * @param maxPageSize the largest {@code first} of a connection
     * @param anonymousBudget the cost a request without a token may have
     * @param signedInBudget the cost a signed-in user's request may have
     */
    @ConfigurationProperties("saferank.graphql")
    record Settings(
            @DefaultValue("12") int maxDepth,
            @DefaultValue("2000") int maxComplexity,
            @DefaultValue("100") int maxPageSize,
            @DefaultValue("3000") long anonymousBudget,
            @DefaultValue("20000") long signedInBudget) {}

    @Bean
    GraphQlSourceBuilderCustomizer requestLimitsOnly(Settings settings) {
        var limits = new Limits(settings);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(limits));
    }

    /**
     * Puts into each request's context whether it carried a token and, where introspection is off (every
     * profile but dev), that graphql-java's good-faith introspection check is not wanted: it refuses a second
     * {@code __schema} in validation with an error of its own kind, which reached clients as an internal error;
     * with introspection off every {@code __schema} is answered 内省查询已关闭 anyway, and the cost budget
     * prices each one.
     */
    @Bean
    WebGraphQlInterceptor requestKind(
            @Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspection) {
        return (request, chain) -> {
            boolean signedIn = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            Map<String, Object> context = introspection
                    ? Map.of(SIGNED_IN, signedIn)
                    : Map.of(SIGNED_IN, signedIn, GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true);
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(context).build());
            return chain.next(request);
        };
    }

    static final class Limits extends SimplePerformantInstrumentation {

        private final Settings settings;

        Limits(Settings settings) {
            this.settings = settings;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var context = parameters.getExecutionContext();
            QueryCost.Figures figures = QueryCost.of(context, settings.maxPageSize());
            if (figures.depth() > settings.maxDepth()) {
                throw refusal(
                        "TOO_DEEP", "请求嵌套过深：" + figures.depth() + " 层，上限 " + settings.maxDepth() + " 层，请减少嵌套", figures);
            }
            boolean signedIn = Boolean.TRUE.equals(context.getGraphQLContext().get(SIGNED_IN));
            long budget = signedIn ? settings.signedInBudget() : settings.anonymousBudget();
            if (figures.cost() > budget) {
                throw refusal(
                        "OVER_BUDGET",
                        "请求开销过大：估算开销 " + figures.cost() + "，超出" + (signedIn ? "" : "未登录访问") + "每次请求的上限 " + budget
                                + "（别名和重复字段逐一计价，搜索、评分预览和方案比较尤其昂贵），请拆分请求",
                        figures);
            }
            if (figures.fields() > settings.maxComplexity()) {
                throw refusal(
                        "TOO_MANY_FIELDS",
                        "请求字段过多：" + figures.fields() + " 个（含别名和重复字段），上限 " + settings.maxComplexity() + " 个，请拆分请求",
                        figures);
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static AbortExecutionException refusal(String code, String message, QueryCost.Figures figures) {
            GraphQLError error = GraphqlErrorBuilder.newError()
                    .message(message)
                    .errorType(ErrorType.BAD_REQUEST)
                    .extensions(Map.of(
                            "code", code, "cost", figures.cost(), "fields", figures.fields(), "depth", figures.depth()))
                    .build();
            return new AbortExecutionException(List.of(error));
        }
    }
}
