package dev.saferank.platform.security;

import dev.saferank.platform.web.WebPages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

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
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
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
                .csrf(csrf -> csrf.disable());
        return http.build();
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
