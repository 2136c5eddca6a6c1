package dev.saferank.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads tenant and roles from a Keycloak access token of the saferank realm. A tenant user is a
 * member of exactly one organization, whose alias is the tenant id; roles granted within that
 * organization sit under {@code organization.<alias>.realm_access.roles}. The platform admin belongs
 * to no organization and holds the realm role {@code platform-admin}, which only counts at the top
 * level. A token naming several organizations carries no tenant: the caller is then anonymous to
 * every tenant.
 *
 * <p>A county bureau's staff (区县应急管理局) are members of their city's organization and of one
 * organization group {@code district-<code>}, which the organization mapper lists in the entry's
 * {@code groups} as {@code /district-<code>}. Their {@code bureau-admin} and {@code inspector} roles
 * become {@code county-admin} and {@code county-inspector}: an operation not written for a district
 * (its {@code @PreAuthorize} names no county role) refuses them, instead of treating them as the city.
 * A member of two district groups gets no bureau role at all.
 */
final class KeycloakTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Roles a tenant grants within its organization; anything else mapped there is ignored. */
    static final Set<String> TENANT_ROLES = Set.of("bureau-admin", "inspector", "agency-user");

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = caller(jwt);
        var authorities = caller.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new CallerToken(jwt, authorities, caller);
    }

    /**
     * The authentication of a request, holding the caller read once from the token: resolvers ask
     * for the caller's tenant for every agency of a page ({@link Callers}).
     */
    static final class CallerToken extends JwtAuthenticationToken {

        private final transient Caller caller;

        CallerToken(Jwt jwt, Collection<SimpleGrantedAuthority> authorities, Caller caller) {
            super(jwt, authorities, caller.username());
            this.caller = caller;
        }

        Caller caller() {
            return caller != null ? caller : KeycloakTokenConverter.caller(getToken()); // null if deserialised
        }
    }

    static Caller caller(Jwt jwt) {
        String username =
                Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        Set<String> roles = new LinkedHashSet<>();
        if (realmRoles(jwt.getClaimAsMap("realm_access")).contains("platform-admin")) {
            roles.add("platform-admin");
        }
        Map<String, Object> organizations =
                Optional.ofNullable(jwt.getClaimAsMap("organization")).orElse(Map.of());
        Optional<String> tenant = Optional.empty();
        Optional<String> district = Optional.empty();
        if (organizations.size() == 1) {
            var entry = organizations.entrySet().iterator().next();
            tenant = Optional.of(entry.getKey());
            if (entry.getValue() instanceof Map<?, ?> membership) {
                List<String> districts = districts(membership.get("groups"));
                for (String role : realmRoles(membership.get("realm_access"))) {
                    if (!TENANT_ROLES.contains(role)) {
                        continue;
                    }
                    if (role.equals("agency-user") || districts.isEmpty()) {
                        roles.add(role);
                    } else if (districts.size() == 1) {
                        roles.add(role.equals("bureau-admin") ? Caller.COUNTY_ADMIN : Caller.COUNTY_INSPECTOR);
                    }
                    // two district groups: no bureau role (which district would it act for?)
                }
                if (districts.size() == 1) {
                    district = Optional.of(districts.getFirst());
                }
            }
        }
        return new Caller(username, tenant, Set.copyOf(roles), district);
    }

    /** The district codes of the organization groups {@code /district-<code>} in a membership's groups. */
    private static List<String> districts(Object groups) {
        if (!(groups instanceof Collection<?> paths)) {
            return List.of();
        }
        return paths.stream()
                .map(String::valueOf)
                .filter(path -> path.startsWith(DISTRICT_GROUP) && path.length() > DISTRICT_GROUP.length())
                .map(path -> path.substring(DISTRICT_GROUP.length()))
                .distinct()
                .toList();
    }

    /** The path prefix of a county bureau's organization group. */
    static final String DISTRICT_GROUP = "/district-";

    private static Collection<String> realmRoles(Object realmAccess) {
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
