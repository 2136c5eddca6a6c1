package dev.saferank.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a key ring, layered: the hash under key n is the HMAC under key n of the hash under key
 * n-1 (its hex). A stored hash therefore moves to a newer key without the value it was made from (ID numbers
 * are never kept), and a value is found under every key of the ring until its rows are re-keyed.
 */
public final class KeyedHash {

    /** A hash and the id of the key it was made under. */
    public record Hash(String keyId, String hex) {}

    private final KeyRing ring;

    KeyedHash(KeyRing ring) {
        this.ring = ring;
    }

    /** The hash under the current key. */
    public Hash current(String value) {
        var all = all(value);
        return all.get(all.size() - 1);
    }

    /** The value's hash under every key, the oldest first: what rows written before a rotation hold. */
    public List<Hash> all(String value) {
        var hashes = new ArrayList<Hash>();
        String hex = null;
        for (var key : ring.keys()) {
            hex = hmac(key, hex == null ? value : hex);
            hashes.add(new Hash(key.id(), hex));
        }
        return hashes;
    }

    /** A stored hash moved from its key to the current one; unchanged when already current. */
    public Hash rekeyed(Hash stored) {
        var keys = ring.keys();
        int from = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).id().equals(stored.keyId())) {
                from = i;
            }
        }
        if (from < 0) {
            throw new IllegalStateException("a hash under the key '" + stored.keyId() + "', which the ring lacks");
        }
        String hex = stored.hex();
        for (int i = from + 1; i < keys.size(); i++) {
            hex = hmac(keys.get(i), hex);
        }
        return new Hash(ring.current().id(), hex);
    }

    public String currentKeyId() {
        return ring.current().id();
    }

    private static String hmac(KeyRing.Key key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
