package dev.saferank.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakTokenConverterTest {

    @Test
    void takesTenantAndRolesFromTheOnlyOrganization() {
        Caller caller = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of("quanzhou", Map.of("id", "x", "realm_access", Map.of("roles", List.of("inspector")))))));

        assertThat(caller.tenant()).contains("quanzhou");
        assertThat(caller.roles()).containsExactly("inspector");
    }

    @Test
    void ignoresPlatformAdminGrantedInsideAnOrganization() {
        Caller caller = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of(
                        "quanzhou",
                        Map.of("realm_access", Map.of("roles", List.of("platform-admin", "bureau-admin")))))));

        assertThat(caller.roles()).containsExactly("bureau-admin");
    }

    @Test
    void givesNoTenantWhenTheTokenNamesTwoOrganizations() {
        Caller caller = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of(
                        "quanzhou", Map.of("realm_access", Map.of("roles", List.of("bureau-admin"))),
                        "linyi", Map.of("realm_access", Map.of("roles", List.of("bureau-admin")))))));

        assertThat(caller.tenant()).isEmpty();
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void platformAdminComesFromTheRealmRolesOnly() {
        Caller caller = KeycloakTokenConverter.caller(token(Map.of(
                "realm_access",
                Map.of("roles", List.of("platform-admin", "offline_access")),
                "organization",
                Map.of())));

        assertThat(caller.tenant()).isEmpty();
        assertThat(caller.roles()).containsExactly("platform-admin");
    }

    private static Jwt token(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("user-id")
                .claim("preferred_username", "someone")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
