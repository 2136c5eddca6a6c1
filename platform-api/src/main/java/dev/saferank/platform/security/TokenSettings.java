package dev.saferank.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are checked.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://127.0.0.1:8180/realms/saferank}
 * @param jwkSetUri where to fetch the realm's keys when the issuer's address is not reachable from
 *     the API (e.g. inside a container network); empty: discovered from the issuer
 * @param audience the audience every token must name
 * @param clockSkew tolerance between Keycloak's clock and ours when checking expiry
 */
@ConfigurationProperties("saferank.security")
record TokenSettings(
        String issuerUri,
        @DefaultValue("") String jwkSetUri,
        @DefaultValue("saferank-api") String audience,
        @DefaultValue("30s") Duration clockSkew) {}
