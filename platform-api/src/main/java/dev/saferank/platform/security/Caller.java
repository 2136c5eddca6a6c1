package dev.saferank.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in caller as the token says: the tenant comes from the token's organization claim,
 * never from a header or an argument.
 *
 * @param username the Keycloak username
 * @param tenant the tenant (organization alias) the caller acts for; empty for the platform admin
 * @param roles platform roles: {@code platform-admin}, {@code bureau-admin}, {@code inspector},
 *     {@code agency-user}
 */
public record Caller(String username, Optional<String> tenant, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
