package dev.saferank.platform.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The 18-character resident ID number (公民身份号码, GB 11643-1999): 6 digits of region, 8 of
 * birth date, 3 of sequence, then a check character (0–9 or X) over the first 17 (ISO 7064 MOD
 * 11-2).
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {}

    /** The number as hashed: without surrounding blanks, with an upper-case X. */
    static String normalized(String number) {
        return number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Why the (normalized) number is not valid, in Chinese, never repeating the number; empty when valid. */
    static Optional<String> problem(String number) {
        if (number.length() != 18) {
            return Optional.of("身份证号码应为18位");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
                return Optional.of("身份证号码前17位应为数字");
            }
        }
        try {
            LocalDate birth = LocalDate.parse(number.substring(6, 14), BIRTH);
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return Optional.of("身份证号码中的出生日期不正确");
            }
        } catch (DateTimeParseException e) {
            return Optional.of("身份证号码中的出生日期不正确");
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return Optional.of("身份证号码校验位不正确");
        }
        return Optional.empty();
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** A complete number from its first 17 digits. */
    static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
