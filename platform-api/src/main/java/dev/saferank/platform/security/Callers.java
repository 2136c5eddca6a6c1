package dev.saferank.platform.security;

import dev.saferank.platform.graphql.ForbiddenException;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the current request, for services that need the tenant and roles. */
public final class Callers {

    private Callers() {}

    /** The signed-in caller; an anonymous request is refused (UNAUTHORIZED). */
    public static Caller require(Authentication authentication) {
        return of(authentication).orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    /**
     * The tenant the signed-in caller acts for. A caller without a tenant (the platform admin, or
     * a token naming several organizations) is refused (FORBIDDEN): tenant data is only ever read
     * and written for the caller's own tenant.
     */
    public static String tenant(Authentication authentication) {
        return require(authentication).tenant().orElseThrow(ForbiddenException::new);
    }

    /** The signed-in caller, or empty for an anonymous request. */
    public static Optional<Caller> of(Authentication authentication) {
        if (authentication instanceof KeycloakTokenConverter.CallerToken token) {
            return Optional.of(token.caller());
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(KeycloakTokenConverter.caller(token.getToken()));
        }
        return Optional.empty();
    }
}
