package dev.saferank.platform.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the envelope of a GraphQL request before Spring for GraphQL reads it: a JSON object with
 * a {@code query} string, at most 1 MiB. Anything else is answered 400/413/415 with a GraphQL-shaped
 * error in Chinese instead of failing deep inside the handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class GraphQlRequestGuard extends OncePerRequestFilter {

    static final int MAX_BODY = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("/graphql".equals(request.getRequestURI()) && "POST".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = String.valueOf(request.getContentType()).toLowerCase();
        if (!contentType.startsWith("application/json") && !contentType.startsWith("application/graphql")) {
            refuse(response, 415, "请求类型应为 application/json");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, 413, "请求过大（上限 1 MB）");
            return;
        }
        String problem = problem(body);
        if (problem != null) {
            refuse(response, 400, problem);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static String problem(byte[] body) {
        JsonNode json;
        try {
            json = JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            return "请求体不是有效的 JSON";
        }
        if (json == null || !json.isObject()) {
            return "请求体应为 JSON 对象";
        }
        JsonNode query = json.get("query");
        if (query == null || !query.isString() || query.asString().isBlank()) {
            return "请求缺少 query（GraphQL 文档）";
        }
        JsonNode variables = json.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            return "variables 应为 JSON 对象";
        }
        JsonNode operation = json.get("operationName");
        if (operation != null && !operation.isNull() && !operation.isString()) {
            return "operationName 应为字符串";
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var error = Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"));
        response.getWriter().write(JsonMapper.shared().writeValueAsString(Map.of("errors", java.util.List.of(error))));
    }

    /** The request with its body read once by the guard and served again to the handler. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the GraphQL endpoint reads synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
