package dev.saferank.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the current request, for services that need the tenant and roles. */
public final class Callers {

    private Callers() {}

    /** The signed-in caller, or empty for an anonymous request. */
    public static Optional<Caller> of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(KeycloakTokenConverter.caller(token.getToken()));
        }
        return Optional.empty();
    }
}
