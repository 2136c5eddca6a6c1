package dev.saferank.platform.security;

import dev.saferank.platform.abuse.ClientAddresses;
import dev.saferank.platform.graphql.AccessRefused;
import dev.saferank.platform.web.WebPages;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Stateless bearer-token security. The GraphQL endpoint is open to anonymous callers because public
 * data is served there too; each query and mutation states who may call it. A request that carries
 * a token which is expired, badly signed or meant for another audience is refused outright (401).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // an operator's command (web-application-type none) serves no requests
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AccessDeniedHandler refusals) throws Exception {
        http.authorizeHttpRequests(
                        requests -> requests.requestMatchers("/graphql", "/graphiql/**", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/actuator/info")
                                .permitAll()
                                // published results: the CSV export and the announcement are public
                                .requestMatchers(HttpMethod.GET, "/publications/**")
                                .permitAll()
                                // a complainant's files, proved theirs by the complaint's tracking code
                                .requestMatchers(HttpMethod.POST, "/public/complaints/*/evidence")
                                .permitAll()
                                // the web frontends' pages and bundles; their data comes from /graphql
                                .requestMatchers(HttpMethod.GET, WebPages.ANONYMOUS_GETS)
                                .permitAll()
                                // the error page a 404 of those paths is rendered by (else it turns into a 401)
                                .requestMatchers("/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakTokenConverter())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refusals))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * A signed-in caller refused a request by its role (a controller's {@code @PreAuthorize}): answered as the
     * resource server does (403 with {@code WWW-Authenticate}); a refused change (any method but GET and HEAD:
     * an import, an upload) is published for the audit trail first.
     */
    @Bean
    AccessDeniedHandler refusals(
            ApplicationEventPublisher events,
            @Value("${saferank.complaints.trusted-proxies:}") List<String> trustedProxies) {
        var answer = new BearerTokenAccessDeniedHandler();
        return (request, response, denied) -> {
            if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
                events.publishEvent(new AccessRefused(
                        SecurityContextHolder.getContext().getAuthentication(),
                        ClientAddresses.resolve(
                                trustedProxies, request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
                        "http",
                        request.getMethod() + " " + request.getRequestURI(),
                        "无权执行此操作",
                        Map.of()));
            }
            answer.handle(request, response, denied);
        };
    }

    /**
     * No tracing spans around each security filter, authentication and authorization: a GraphQL
     * request passes some fifteen filters and an authorization per controller method, and their
     * observations cost more than the checks (AgencyPageBenchmark). Requests are still observed as
     * a whole (http.server.requests); every check still runs.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
