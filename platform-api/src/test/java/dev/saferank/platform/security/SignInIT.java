package dev.saferank.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.servers.TestServers;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in with real Keycloak tokens: who gets in, and which tokens are refused. */
@RealServersTest
class SignInIT {

    private static final String VIEWER = "{ viewer { username tenant roles } }";

    @LocalServerPort
    int port;

    @Test
    void inspectorSeesTheTenantOfTheirOrganization() {
        var response = graphQl().post(VIEWER, KeycloakTokens.accessToken("quanzhou-inspector"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("errors").isMissingNode()).isTrue();
        var viewer = response.body().path("data").path("viewer");
        assertThat(viewer.path("username").asString()).isEqualTo("quanzhou-inspector");
        assertThat(viewer.path("tenant").asString()).isEqualTo("quanzhou");
        assertThat(viewer.path("roles").values())
                .extracting(node -> node.asString())
                .containsExactly("inspector");
    }

    @Test
    void platformAdminBelongsToNoTenant() {
        var response = graphQl().post(VIEWER, KeycloakTokens.accessToken("platform-admin"));

        var viewer = response.body().path("data").path("viewer");
        assertThat(viewer.path("tenant").isNull()).isTrue();
        assertThat(viewer.path("roles").values())
                .extracting(node -> node.asString())
                .containsExactly("platform-admin");
    }

    @Test
    void refusesTheQueryWithoutToken() {
        var response = graphQl().post(VIEWER, null);

        assertThat(response.body().path("data").path("viewer").isNull()).isTrue();
        assertThat(response.body()
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("UNAUTHORIZED");
    }

    @Test
    void refusesAnExpiredToken() throws InterruptedException {
        String token = shortLivedToken("quanzhou-inspector");
        Thread.sleep(Duration.ofSeconds(3)); // lifespan 1 s, clock skew of the test profile 1 s

        var response = graphQl().post(VIEWER, token);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.wwwAuthenticate()).contains("invalid_token").contains("expired");
        assertThat(response.body().path("data").isMissingNode()).isTrue();
    }

    @Test
    void refusesATokenSignedByAnotherKey() throws Exception {
        SignedJWT real = SignedJWT.parse(KeycloakTokens.accessToken("quanzhou-admin"));
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var forger =
                new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate());
        var forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(real.getHeader().getKeyID())
                        .build(),
                new JWTClaimsSet.Builder(real.getJWTClaimsSet())
                        .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                        .build());
        forged.sign(forger);

        var response = graphQl().post(VIEWER, forged.serialize());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.wwwAuthenticate()).contains("invalid_token");
        assertThat(response.body().path("data").isMissingNode()).isTrue();
    }

    private GraphQlHttp graphQl() {
        return new GraphQlHttp(port);
    }

    /** A token from a throw-away client whose tokens live one second, with the API audience. */
    private static String shortLivedToken(String username) {
        String clientId = "it-short-lived-" + Long.toString(System.nanoTime(), 36);
        try (Keycloak admin =
                Keycloak.getInstance(TestServers.endpoints().keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
            var client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setPublicClient(true);
            client.setDirectAccessGrantsEnabled(true);
            client.setAttributes(Map.of("access.token.lifespan", "1"));
            var audience = new ProtocolMapperRepresentation();
            audience.setName("api-audience");
            audience.setProtocol("openid-connect");
            audience.setProtocolMapper("oidc-audience-mapper");
            audience.setConfig(Map.of("included.custom.audience", "saferank-api", "access.token.claim", "true"));
            client.setProtocolMappers(List.of(audience));
            admin.realm("saferank").clients().create(client).close();
        }
        return KeycloakTokens.accessToken(clientId, username, KeycloakTokens.DEMO_PASSWORD);
    }
}
