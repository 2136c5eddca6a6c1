package dev.saferank.platform.notice;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Tracking codes: 12 characters drawn by a cryptographic generator from 32 letters and digits that
 * cannot be mistaken for each other when read aloud or copied (no 0/O, 1/I): 60 random bits, so a
 * code cannot be guessed, and the public may follow an objection with it alone.
 */
final class TrackingCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Pattern FORM = Pattern.compile("[A-HJ-NP-Z2-9]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    static String next() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether a text has the form of a code (checked before any lookup). */
    static boolean wellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
