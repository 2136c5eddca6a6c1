package dev.saferank.batch.benchmark;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) for generated agencies and enterprises:
 * 18 characters from a 31-letter alphabet without I, O, Z, S and V, the last a check character over
 * the first 17. The same rule as the platform's {@code CreditCode}, which batch-jobs cannot see.
 */
final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {}

    /**
     * A valid code, distinct for every {@code serial} below 31^7: 9 (enterprise) 1 (company), the
     * 泉州 administrative division 350500, then {@code kind} and seven base-31 digits of the serial.
     */
    static String of(char kind, long serial) {
        var first17 = new StringBuilder("91350500").append(kind).append('B');
        char[] digits = new char[7];
        long rest = serial;
        for (int i = 6; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % 31));
            rest /= 31;
        }
        first17.append(digits);
        return first17.append(check(first17)).toString();
    }

    /** Whether the code has 18 characters of the alphabet and the right check character. */
    static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return check(code.substring(0, 17)) == code.charAt(17);
    }

    private static char check(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
