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
    void aMemberOfADistrictGroupIsACountyBureauBoundToItsDistrict() {
        Caller admin = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of(
                        "quanzhou",
                        Map.of(
                                "groups",
                                List.of("/bureau-admin", "/district-350503"),
                                "realm_access",
                                Map.of("roles", List.of("bureau-admin")))))));
        Caller inspector = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of(
                        "quanzhou",
                        Map.of(
                                "groups",
                                List.of("/inspector", "/district-350521"),
                                "realm_access",
                                Map.of("roles", List.of("inspector")))))));

        assertThat(admin.roles()).containsExactly("county-admin");
        assertThat(admin.district()).contains("350503");
        assertThat(admin.isCounty()).isTrue();
        assertThat(admin.hasRole("bureau-admin")).isFalse();
        assertThat(inspector.roles()).containsExactly("county-inspector");
        assertThat(inspector.district()).contains("350521");
    }

    @Test
    void twoDistrictGroupsGiveNoBureauRole() {
        Caller caller = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of(
                        "quanzhou",
                        Map.of(
                                "groups",
                                List.of("/bureau-admin", "/district-350503", "/district-350521"),
                                "realm_access",
                                Map.of("roles", List.of("bureau-admin")))))));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.isCounty()).isFalse();
        assertThat(caller.isBureauStaff()).isFalse();
    }

    @Test
    void theCityHasNoDistrict() {
        Caller caller = KeycloakTokenConverter.caller(token(Map.of(
                "organization",
                Map.of(
                        "quanzhou",
                        Map.of(
                                "groups",
                                List.of("/bureau-admin"),
                                "realm_access",
                                Map.of("roles", List.of("bureau-admin")))))));

        assertThat(caller.district()).isEmpty();
        assertThat(caller.isCounty()).isFalse();
        assertThat(caller.roles()).containsExactly("bureau-admin");
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
