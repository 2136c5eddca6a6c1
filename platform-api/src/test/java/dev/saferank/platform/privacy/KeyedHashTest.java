package dev.saferank.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

    private static final byte[] OLD =
            "dev-only-id-hash-secret-do-not-use-in-production".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "a-new-key-of-thirty-two-bytes!!!".getBytes(StandardCharsets.UTF_8);

    private static KeyedHash hashes(String ring) {
        return new KeyedHash(KeyRing.parse(ring, 32, 0).ring());
    }

    private static String b64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void theFirstKeyIsPlainHmacSha256AsBeforeKeyVersions() throws Exception {
        // rows from before key rings hold HmacSHA256(secret, number): k0 must reproduce them exactly
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OLD, "HmacSHA256"));
        String before = HexFormat.of().formatHex(mac.doFinal("350102199001011234".getBytes(StandardCharsets.UTF_8)));
        assertThat(hashes("k0:" + b64(OLD)).current("350102199001011234")).isEqualTo(new KeyedHash.Hash("k0", before));
    }

    @Test
    void aRotatedRingFindsOldHashesAndReKeysThemToWhatANewEntryGives() {
        var before = hashes("k0:" + b64(OLD)).current("350102199001011234");
        var rotated = hashes("k0:" + b64(OLD) + ",k1:" + b64(NEW));
        // lookups during the rotation: the old hash is among the value's hashes
        assertThat(rotated.all("350102199001011234")).contains(before);
        // the re-key job moves the stored hash without the number; a person entered afterwards matches it
        assertThat(rotated.rekeyed(before)).isEqualTo(rotated.current("350102199001011234"));
        assertThat(rotated.current("350102199001011234").keyId()).isEqualTo("k1");
        assertThat(rotated.current("350102199001011234").hex()).isNotEqualTo(before.hex());
    }
}
