package dev.saferank.platform.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is and how the API manages tenants' organizations and users in it.
 *
 * @param url Keycloak's base address ({@code saferank.keycloak.url})
 * @param realm the platform's realm
 * @param admin the service client used through keycloak-admin-client (client credentials)
 */
@ConfigurationProperties("saferank.keycloak")
record KeycloakSettings(String url, @DefaultValue("saferank") String realm, @DefaultValue Admin admin) {

    /**
     * The confidential service client with the realm-management roles {@code manage-organizations}
     * and {@code manage-users}.
     *
     * @param clientId the client id
     * @param secret the client secret ({@code SAFERANK_KEYCLOAK_ADMIN_SECRET}); no default: the demo realm's
     *     published secret is set by the {@code dev} profile only, and refused anywhere else
     *     (privacy.SecretGuard)
     */
    record Admin(@DefaultValue("saferank-admin") String clientId, String secret) {}
}
