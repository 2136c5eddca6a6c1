package dev.saferank.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal data sealed at rest with AES-256-GCM (the JDK's): {@code gcm1:<key id>:<base64 of nonce and
 * ciphertext with tag>}. The associated data binds a value to its column and tenant, so a ciphertext copied
 * into another column or tenant does not open. Values written before encryption (no prefix) are read as they
 * are until the re-encryption step seals them.
 */
public final class PersonalData {

    static final String PREFIX = "gcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing ring;

    PersonalData(KeyRing ring) {
        this.ring = ring;
    }

    /**
     * @param column where the value is kept, e.g. {@code complaint.contact_name}
     * @return the sealed value; null for null
     */
    public String seal(String column, String tenant, String clear) {
        if (clear == null) {
            return null;
        }
        var key = ring.current();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, column, tenant);
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The clear value; null for null. A value that fails authentication is an error, never returned. */
    public String open(String column, String tenant, String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), colon);
        var key = ring.key(keyId)
                .orElseThrow(() -> new IllegalStateException(
                        "personal data sealed under the key '" + keyId + "', which saferank.keys.personal-data lacks"));
        byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, column, tenant);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data in " + column + " failed authentication", e);
        }
    }

    /** Whether the stored value is sealed under the current key (clear and older keys need re-keying). */
    public boolean current(String stored) {
        return stored == null || stored.startsWith(PREFIX + ring.current().id() + ":");
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static Cipher cipher(int mode, KeyRing.Key key, byte[] nonce, String column, String tenant)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((column + "|" + tenant).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
