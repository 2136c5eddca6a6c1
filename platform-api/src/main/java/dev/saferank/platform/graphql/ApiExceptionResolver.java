package dev.saferank.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * Turns every exception of a data fetcher into a classified GraphQL error with a Chinese message.
 * Nothing else reaches the client: no stack trace, class name or SQL; unexpected failures are
 * logged with an id the client can quote. A refused mutation (not signed in, or not allowed) is published as
 * {@link AccessRefused} for the audit trail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    /** The longest id value passed on to the audit (ids are short; anything longer is a fuzzer's). */
    private static final int MAX_ID = 64;

    private final ApplicationEventPublisher events;

    ApiExceptionResolver(ApplicationEventPublisher events) {
        this.events = events;
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case InvalidInputException invalid ->
                error(env, ErrorType.BAD_REQUEST, invalid.getMessage())
                        .extensions(Map.of(
                                "errors",
                                invalid.errors().stream()
                                        .map(e -> Map.of(
                                                "field",
                                                String.valueOf(e.field()),
                                                "code",
                                                e.code(),
                                                "message",
                                                e.message()))
                                        .toList()))
                        .build();
            // an argument that does not convert (an id "abc"): the caller's input, not a failure
            case BindException binding -> {
                List<String> fields = binding.getFieldErrors().stream()
                        .map(e -> e.getField().replace("$.", "").replace("$", "参数"))
                        .distinct()
                        .toList();
                yield error(env, ErrorType.BAD_REQUEST, "参数格式有误：" + String.join("、", fields))
                        .extensions(Map.of(
                                "errors",
                                fields.stream()
                                        .map(f -> Map.of("field", f, "code", "INVALID_FORMAT", "message", "格式有误"))
                                        .toList()))
                        .build();
            }
            case NotFoundException notFound ->
                error(env, ErrorType.NOT_FOUND, notFound.getMessage()).build();
            case ForbiddenException forbidden -> refused(env, ErrorType.FORBIDDEN, forbidden.getMessage());
            case AuthenticationException notSignedIn -> refused(env, ErrorType.UNAUTHORIZED, "请先登录");
            case AccessDeniedException denied ->
                signedIn()
                        ? refused(env, ErrorType.FORBIDDEN, "无权执行此操作")
                        : refused(env, ErrorType.UNAUTHORIZED, "请先登录");
            default -> {
                String incident = Long.toString(System.nanoTime(), 36);
                log.error(
                        "GraphQL data fetcher failed (incident {}) at {}",
                        incident,
                        env.getExecutionStepInfo().getPath(),
                        ex);
                yield error(env, ErrorType.INTERNAL_ERROR, "服务器内部错误，请稍后重试（事件编号 " + incident + "）")
                        .build();
            }
        };
    }

    /** The refusal's error; a refused mutation (a root field of a mutation) is published for the audit. */
    private GraphQLError refused(DataFetchingEnvironment env, ErrorType type, String message) {
        if (env.getOperationDefinition() != null
                && env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
                && env.getExecutionStepInfo().getPath().getLevel() == 1) {
            Object address = env.getGraphQlContext().get("clientAddress");
            events.publishEvent(new AccessRefused(
                    SecurityContextHolder.getContext().getAuthentication(),
                    address == null ? null : address.toString(),
                    "mutation",
                    env.getField().getName(),
                    message,
                    ids(env.getArguments())));
        }
        return error(env, type, message).build();
    }

    /** The ids among a mutation's arguments and its input's fields (never other values: they may be personal). */
    private static Map<String, String> ids(Map<String, Object> arguments) {
        Map<String, String> ids = new LinkedHashMap<>();
        arguments.forEach((name, value) -> {
            if (value instanceof Map<?, ?> input) {
                input.forEach((field, v) -> id(ids, name + "." + field, String.valueOf(field), v));
            } else {
                id(ids, name, name, value);
            }
        });
        return ids;
    }

    private static void id(Map<String, String> ids, String key, String name, Object value) {
        if ((name.equals("id") || name.endsWith("Id"))
                && (value instanceof String || value instanceof Number)
                && value.toString().length() <= MAX_ID) {
            ids.put(key, value.toString());
        }
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static GraphqlErrorBuilder<?> error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message);
    }
}
