package dev.saferank.platform.tenant;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin client of the saferank realm. It signs in lazily, on its first call, so that the API
 * starts while Keycloak is still starting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakSettings.class)
class KeycloakConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(KeycloakSettings settings) {
        return KeycloakBuilder.builder()
                .serverUrl(settings.url())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.admin().clientId())
                .clientSecret(settings.admin().secret())
                .build();
    }
}
