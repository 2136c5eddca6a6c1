package dev.saferank.platform.security;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Verifies tokens against the realm's published keys. The decoder is built on first use, so that
 * the API starts even while Keycloak is still starting. Verified tokens are kept until they expire
 * ({@link ValidatedTokens}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenSettings.class)
class TokenDecoderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(TokenSettings settings) {
        return new ValidatedTokens(
                new SupplierJwtDecoder(() -> {
                    NimbusJwtDecoder decoder = settings.jwkSetUri().isBlank()
                            ? NimbusJwtDecoder.withIssuerLocation(settings.issuerUri())
                                    .build()
                            : NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                                    .build();
                    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                            new JwtTimestampValidator(settings.clockSkew()),
                            new JwtIssuerValidator(settings.issuerUri()),
                            new JwtClaimValidator<List<String>>(
                                    JwtClaimNames.AUD, aud -> aud != null && aud.contains(settings.audience()))));
                    return decoder;
                }),
                Clock.systemUTC());
    }
}
