package dev.saferank.platform.abuse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param anonymousPerMinute requests one client address may send to {@code /graphql} without a token in a
 *     minute (one fixed window per minute, counted in the database so that it holds across nodes); generous,
 *     because many citizens may share one carrier-grade NAT address
 */
@ConfigurationProperties("saferank.abuse")
record AbuseSettings(@DefaultValue("600") int anonymousPerMinute) {}
