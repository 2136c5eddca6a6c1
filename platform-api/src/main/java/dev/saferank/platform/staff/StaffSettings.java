package dev.saferank.platform.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff feature.
 *
 * @param idHashSecret the HMAC key for ID numbers ({@code SAFERANK_STAFF_ID_HASH_SECRET}). The
 *     default is for development and tests only: production must set its own secret, and never
 *     change it afterwards (the same person would no longer be found across agencies).
 */
@ConfigurationProperties("saferank.staff")
record StaffSettings(@DefaultValue(StaffSettings.DEV_ONLY_SECRET) String idHashSecret) {

    static final String DEV_ONLY_SECRET = "dev-only-id-hash-secret-do-not-use-in-production";
}
