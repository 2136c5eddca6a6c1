package dev.saferank.platform.agency;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter
 * alphabet without I, O, Z, S and V, the last one a check character over the first 17.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** Why the code is not valid, in Chinese; empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位字符“" + code.charAt(i) + "”无效（不使用I、O、Z、S、V及小写字母）");
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of("统一社会信用代码校验位不正确");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** A complete code from its first 17 characters. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
