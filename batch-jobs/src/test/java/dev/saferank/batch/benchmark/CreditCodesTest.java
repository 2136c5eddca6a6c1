package dev.saferank.batch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    // 91350100M000100Y4, by hand with GB 32100-2015's weights 1,3,9,27,19,26,16,17,20,29,25,13,8,
    // 24,10,30,28 (A=10 … Y=30 without I, O, S, V, Z): 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20
    //   + 1·8 + Y(30)·30 + 4·28 = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
    @Test
    void checksTheCheckCharacter() {
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodes.isValid("91350100M000100I43")).isFalse();
        assertThat(CreditCodes.isValid("9135010")).isFalse();
    }

    @Test
    void generatesDistinctValidCodes() {
        var codes = new java.util.HashSet<String>();
        for (long serial = 0; serial < 100_000; serial += 7) {
            String code = CreditCodes.of('A', serial);
            assertThat(CreditCodes.isValid(code)).as(code).isTrue();
            assertThat(codes.add(code)).as(code).isTrue();
        }
    }
}
