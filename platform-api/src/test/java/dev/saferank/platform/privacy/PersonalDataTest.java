package dev.saferank.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private static KeyRing ring(String text) {
        return KeyRing.parse(text, 32, 32).ring();
    }

    @Test
    void sealsWithTheCurrentKeyIdAndOpensWhatItSealed() {
        var data = new PersonalData(ring("k1:" + K1));
        String sealed = data.seal("complaint.contact_name", "quanzhou", "张先生");
        assertThat(sealed).startsWith("gcm1:k1:").doesNotContain("张先生");
        assertThat(data.open("complaint.contact_name", "quanzhou", sealed)).isEqualTo("张先生");
        // a fresh nonce every time: the same name is never the same ciphertext
        assertThat(data.seal("complaint.contact_name", "quanzhou", "张先生")).isNotEqualTo(sealed);
    }

    @Test
    void refusesACiphertextMovedToAnotherColumnOrTenantOrAltered() {
        var data = new PersonalData(ring("k1:" + K1));
        String sealed = data.seal("complaint.contact_name", "quanzhou", "张先生");
        assertThatThrownBy(() -> data.open("complaint.contact_phone", "quanzhou", sealed))
                .hasMessageContaining("failed authentication");
        assertThatThrownBy(() -> data.open("complaint.contact_name", "foshan", sealed))
                .hasMessageContaining("failed authentication");
        byte[] raw = Base64.getDecoder().decode(sealed.substring("gcm1:k1:".length()));
        raw[raw.length - 1] ^= 1;
        String altered = "gcm1:k1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> data.open("complaint.contact_name", "quanzhou", altered))
                .hasMessageContaining("failed authentication");
    }

    @Test
    void anOlderKeyStillOpensUntilReKeyedAndAMissingKeyIsNamed() {
        var before = new PersonalData(ring("k1:" + K1));
        String sealed = before.seal("objection.contact", "linyi", "13800138000");
        var rotated = new PersonalData(ring("k1:" + K1 + ",k2:" + K2));
        assertThat(rotated.open("objection.contact", "linyi", sealed)).isEqualTo("13800138000");
        assertThat(rotated.current(sealed)).isFalse();
        assertThat(rotated.seal("objection.contact", "linyi", "x")).startsWith("gcm1:k2:");
        var withoutOld = new PersonalData(ring("k2:" + K2));
        assertThatThrownBy(() -> withoutOld.open("objection.contact", "linyi", sealed))
                .hasMessageContaining("'k1'");
    }

    @Test
    void readsValuesWrittenBeforeEncryptionAsTheyAre() {
        var data = new PersonalData(ring("k1:" + K1));
        assertThat(data.open("complaint.contact_name", "quanzhou", "李女士")).isEqualTo("李女士");
        assertThat(data.current("李女士")).isFalse();
        assertThat(data.open("complaint.contact_name", "quanzhou", null)).isNull();
    }

    @Test
    void ringsRefuseShortKeysDuplicateIdsAndNonBase64() {
        assertThat(KeyRing.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), 32, 0)
                        .problem())
                .contains("16 bytes");
        assertThat(KeyRing.parse("k1:" + K1 + ",k1:" + K2, 32, 0).problem()).contains("twice");
        assertThat(KeyRing.parse("k1:not base64!", 32, 0).problem()).contains("not base64");
        assertThat(KeyRing.parse(K1, 32, 0).problem()).contains("key id");
        assertThat(KeyRing.parse(null, 32, 0).problem()).isEqualTo("is not set");
    }

    @Test
    void masksNamesPhonesAndMails() {
        assertThat(Masks.name("张先生")).isEqualTo("张**");
        assertThat(Masks.name("张")).isEqualTo("张*");
        assertThat(Masks.contact("13800138000")).isEqualTo("138****8000");
        assertThat(Masks.contact("0595-22223333")).isEqualTo("059******3333");
        assertThat(Masks.contact("zhang@example.com")).isEqualTo("z***@example.com");
        assertThat(Masks.contact("12345")).isEqualTo("***45");
        assertThat(Masks.name(null)).isNull();
    }
}
