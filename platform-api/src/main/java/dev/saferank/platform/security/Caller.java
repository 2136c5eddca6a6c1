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
 *     {@code agency-user}, and for a county bureau (区县应急管理局) {@code county-admin},
 *     {@code county-inspector}
 * @param district the district (区县) code a county caller acts for, from its organization group
 *     {@code /district-<code>}; empty for the city's bureau and for agency users
 */
public record Caller(String username, Optional<String> tenant, Set<String> roles, Optional<String> district) {

    /** A county bureau's admin: acts on the agencies and engagements of its district only. */
    public static final String COUNTY_ADMIN = "county-admin";

    /** A county bureau's inspector. */
    public static final String COUNTY_INSPECTOR = "county-inspector";

    public Caller(String username, Optional<String> tenant, Set<String> roles) {
        this(username, tenant, roles, Optional.empty());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the caller is staff of a county bureau (admin or inspector), bound to its district. */
    public boolean isCounty() {
        return district.isPresent() && (hasRole(COUNTY_ADMIN) || hasRole(COUNTY_INSPECTOR));
    }

    /** Whether the caller is bureau staff, city or county (admins and inspectors). */
    public boolean isBureauStaff() {
        return hasRole("bureau-admin") || hasRole("inspector") || isCounty();
    }
}
