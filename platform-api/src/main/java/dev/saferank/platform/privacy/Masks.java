package dev.saferank.platform.privacy;

/** How personal data is shown unless revealed: 张*, 138****8000, z***@example.com. */
public final class Masks {

    private Masks() {}

    /** The first character, then one * for every other: 张先生 → 张**. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    /**
     * A telephone keeps its first three and last four characters (13800138000 → 138****8000); an e-mail its
     * first character and domain; anything shorter than eight characters keeps only its last two.
     */
    public static String contact(String contact) {
        if (contact == null || contact.isEmpty()) {
            return contact;
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        int n = contact.length();
        if (n < 8) {
            return "*".repeat(Math.max(1, n - 2)) + contact.substring(Math.max(0, n - 2));
        }
        return contact.substring(0, 3) + "*".repeat(n - 7) + contact.substring(n - 4);
    }
}
