package dev.saferank.platform.abuse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous {@code /graphql} (and {@code /public/…} uploads) rate-limited per client address: at most {@code saferank.abuse.anonymous-per-minute}
 * requests in each minute, counted in the database (fixed windows, one upsert a request), else 429 with a
 * Chinese message and {@code Retry-After}. Runs before the request's body is read. A request with a token is
 * not counted here: Spring Security refuses a bad token, and a signed-in user is priced by the GraphQL cost
 * budget. Should the database not answer, the request passes (the API cannot serve it anyway, and a limiter
 * must not be what takes the public site down).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AnonymousRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AnonymousRateLimit.class);
    static final String SCOPE = "graphql";

    private final ClientLimits limits;
    private final ClientAddresses addresses;
    private final AbuseSettings settings;

    AnonymousRateLimit(ClientLimits limits, ClientAddresses addresses, AbuseSettings settings) {
        this.limits = limits;
        this.addresses = addresses;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        // the API and the complainant's uploads (/public/complaints/{code}/evidence) share the budget
        return !("/graphql".equals(uri) || uri.startsWith("/public/"))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long nowSeconds = System.currentTimeMillis() / 1000;
        long window = nowSeconds / 60;
        String address = addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        int used;
        try {
            used = limits.countRequest(SCOPE, addresses.keyOf(address), window);
        } catch (RuntimeException e) {
            log.warn(
                    "anonymous rate limit not counted (database): {}",
                    e.getClass().getSimpleName());
            chain.doFilter(request, response);
            return;
        }
        if (used > settings.anonymousPerMinute()) {
            refuse(response, 60 - nowSeconds % 60);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, long retryAfter) throws IOException {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter)));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var error = Map.of(
                "message",
                "请求过于频繁：未登录访问每个网络地址每分钟最多 " + settings.anonymousPerMinute() + " 次，请 " + Math.max(1, retryAfter)
                        + " 秒后再试",
                "extensions",
                Map.of("classification", "TOO_MANY_REQUESTS", "code", "RATE_LIMITED"));
        response.getWriter().write(JsonMapper.shared().writeValueAsString(Map.of("errors", List.of(error))));
    }
}
