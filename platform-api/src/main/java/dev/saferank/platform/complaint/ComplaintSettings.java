package dev.saferank.platform.complaint;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param perHour complaints one client address may file in an hour (all cities together)
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the real
 *     client; from anyone else the header is ignored (a client could otherwise pick its own key). The
 *     addresses are kept as keyed hashes under {@code saferank.keys.client-address}.
 */
@ConfigurationProperties("saferank.complaints")
record ComplaintSettings(@DefaultValue("5") int perHour, @DefaultValue List<String> trustedProxies) {}
