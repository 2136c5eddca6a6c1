package dev.saferank.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    // GB 11643-1999 example: 11010519491231002X (check character X)
    static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsExampleWithItsXCheckCharacter() {
        assertThat(IdNumbers.problem(STANDARD_EXAMPLE)).isEmpty();
        assertThat(IdNumbers.problem(IdNumbers.normalized(" 11010519491231002x ")))
                .isEmpty();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(IdNumbers.problem("110105194912310021")).contains("身份证号码校验位不正确");
    }

    @Test
    void rejectsWrongLengthLettersAndImpossibleBirthDates() {
        assertThat(IdNumbers.problem("11010519491231002")).contains("身份证号码应为18位");
        assertThat(IdNumbers.problem("1101051949123100AX")).contains("身份证号码前17位应为数字");
        assertThat(IdNumbers.problem(IdNumbers.complete("11010519490231002"))).contains("身份证号码中的出生日期不正确");
    }

    @Test
    void problemsNeverRepeatTheNumber() {
        assertThat(IdNumbers.problem("110105194912310021").orElseThrow()).doesNotContain("1101051949");
    }
}
