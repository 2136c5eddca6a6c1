package dev.saferank.platform.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    // Check characters worked out by hand with GB 32100-2015's weights 1,3,9,27,19,26,16,17,20,29,
    // 25,13,8,24,10,30,28 over the alphabet 0-9 A-H J-N P-R T U W-Y (A=10 … Y=30).
    //
    // 91350100M000100Y4: 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25
    //   + 0·13 + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28 = 9+3+27+135+26+420+8+900+112 = 1640;
    //   1640 mod 31 = 28 (31·52 = 1612); 31 − 28 = 3 → check '3'.
    @Test
    void acceptsACodeWithTheRightCheckCharacter() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(CreditCode.problem("91350100M000100Y44")).contains("统一社会信用代码校验位不正确");
    }

    @Test
    void rejectsWrongLengthAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.problem("9135010")).contains("统一社会信用代码应为18位");
        assertThat(CreditCode.problem(null)).isPresent();
        assertThat(CreditCode.problem("91350100M000100I43").orElseThrow()).contains("第16位");
        assertThat(CreditCode.problem("91350100m000100Y43")).isPresent();
    }

    @Test
    void completesACodeFromItsFirstSeventeenCharacters() {
        String code = CreditCode.complete("91350500MA2Y00001");
        assertThat(code).hasSize(18);
        assertThat(CreditCode.problem(code)).isEmpty();
    }
}
