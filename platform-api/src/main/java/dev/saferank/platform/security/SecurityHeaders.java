package dev.saferank.platform.security;

import dev.saferank.platform.web.WebPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer, pages and API alike, refusals of the filters before Spring Security
 * included (hence a filter of its own, first of all):
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts only from this origin (the Vite build emits no inline script),
 *       connections to this origin and the Keycloak realm the pages sign in with, no framing, no plugins.
 *       Style sheets only from this origin or in {@code <style>} elements carrying this response's nonce
 *       (fresh for every answer: Ant Design writes its CSS-in-JS into such elements at run time and reads the
 *       nonce from the page, {@link WebPages#CSP_NONCE}); an injected {@code <style>} is refused. Inline
 *       {@code style} attributes stay allowed ({@code style-src-attr 'unsafe-inline'}): the pages' components
 *       position popups and set sizes through them; an attribute can neither run code nor select and leak
 *       other elements' content as an injected style sheet could (SECURITY.md, Web).
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin}: a tracking code in a page's address never
 *       leaves the site in a {@code Referer}.
 *   <li>{@code Permissions-Policy}: no camera, microphone, geolocation, payment or USB for any page.
 *   <li>{@code Strict-Transport-Security} when the request came over TLS, directly or as a reverse proxy
 *       terminating TLS says by {@code X-Forwarded-Proto: https}; browsers ignore the header over plain HTTP,
 *       so a client that sends the header itself gains nothing.
 * </ul>
 *
 * GraphiQL (dev profile only) loads its scripts inline and from a CDN: it gets no CSP.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final SecureRandom NONCES = new SecureRandom();

    private final String signInOrigin;

    SecurityHeaders(@Value("${saferank.web.issuer-uri:${saferank.security.issuer-uri}}") String issuer) {
        this.signInOrigin = origin(issuer);
    }

    static String policy(String signInOrigin, String nonce) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-" + nonce + "';"
                + " style-src-attr 'unsafe-inline'; img-src 'self' data: blob:;"
                + " font-src 'self' data:; connect-src 'self' " + signInOrigin + "; frame-src " + signInOrigin
                + "; form-action 'self' " + signInOrigin + "; frame-ancestors 'none'; base-uri 'self';"
                + " object-src 'none'";
    }

    /** 128 random bits, base64: a style element of an attacker cannot guess it. */
    private static String nonce() {
        byte[] bytes = new byte[16];
        NONCES.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String origin(String issuer) {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith("/graphiql")) {
            String nonce = nonce();
            request.setAttribute(WebPages.CSP_NONCE, nonce);
            response.setHeader("Content-Security-Policy", policy(signInOrigin, nonce));
        }
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
