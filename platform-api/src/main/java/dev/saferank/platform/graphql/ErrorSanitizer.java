package dev.saferank.platform.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The last line of defence: an error that none of our resolvers classified (a value the engine
 * could not serialize, a bug deep in graphql-java) reaches the client only as a generic Chinese
 * message, never with its Java wording. Errors about the request itself (syntax, validation) pass
 * unchanged: they speak of the caller's document, not of our code.
 */
@Component
class ErrorSanitizer implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ErrorSanitizer.class);

    private static final Set<ErrorClassification> ABOUT_THE_REQUEST =
            Set.of(ErrorType.InvalidSyntax, ErrorType.ValidationError, ErrorType.OperationNotSupported);

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().allMatch(e -> safe(e) && !parseCancelled(e))) {
                return response;
            }
            return response.transform(builder -> builder.errors(
                    errors.stream().map(ErrorSanitizer::sanitized).toList()));
        });
    }

    private static boolean safe(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        return type instanceof org.springframework.graphql.execution.ErrorType
                || ABOUT_THE_REQUEST.contains(type)
                || type == ErrorType.ExecutionAborted && !error.getMessage().contains("java.");
    }

    /** graphql-java's parser gives up on a document of too many tokens or too deep (its DoS limits). */
    private static boolean parseCancelled(GraphQLError error) {
        return error.getMessage() != null && error.getMessage().contains("parsing has been cancelled");
    }

    private static GraphQLError sanitized(GraphQLError error) {
        if (parseCancelled(error)) {
            return GraphqlErrorBuilder.newError()
                    .message("请求文档过大：语法单元过多或嵌套过深，已停止解析，请拆分请求")
                    .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                    .extensions(java.util.Map.of("code", "DOCUMENT_TOO_LARGE"))
                    .build();
        }
        if (safe(error)) {
            return error;
        }
        if ("BadFaithIntrospection".equals(String.valueOf(error.getErrorType()))) {
            // graphql-java's good-faith check (dev profile only: elsewhere introspection is off and the check too)
            return GraphqlErrorBuilder.newError()
                    .message("内省查询过大：同一内省字段（如 __schema）每次请求只能查询一次，嵌套也有上限")
                    .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                    .build();
        }
        if (error.getMessage() != null && error.getMessage().startsWith("Introspection has been disabled")) {
            return GraphqlErrorBuilder.newError()
                    .message("内省查询已关闭（仅开发环境开放）")
                    .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                    .build();
        }
        String incident = Long.toString(System.nanoTime(), 36);
        log.error("unclassified GraphQL error (incident {}): {} at {}", incident, error.getMessage(), error.getPath());
        return GraphqlErrorBuilder.newError()
                .message("服务器内部错误，请稍后重试（事件编号 " + incident + "）")
                .path(error.getPath())
                .errorType(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR)
                .build();
    }
}
