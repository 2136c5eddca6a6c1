package dev.saferank.platform.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 of a normalized ID number, as hex: the same person gives the same hash in every
 * agency of every tenant, and the number cannot be recovered from the database without the key.
 */
@Component
@EnableConfigurationProperties(StaffSettings.class)
class IdHasher {

    private static final Logger log = LoggerFactory.getLogger(IdHasher.class);
    private final SecretKeySpec key;

    IdHasher(StaffSettings settings) {
        if (StaffSettings.DEV_ONLY_SECRET.equals(settings.idHashSecret())) {
            log.warn("saferank.staff.id-hash-secret is the development default: set your own outside development");
        }
        this.key = new SecretKeySpec(settings.idHashSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String hash(String normalizedIdNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalizedIdNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
