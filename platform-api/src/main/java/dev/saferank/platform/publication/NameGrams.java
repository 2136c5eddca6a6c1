package dev.saferank.platform.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Character pairs of a name (泉州安泰 → 泉州, 州安, 安泰), indexed as keywords: typo tolerance for Chinese
 * names. The test server has no n-gram analyzer (no analysis-common), and fuzzy matching works on the
 * analyzer's words, which in Chinese are one or two characters long: too short for an edit. A name typed
 * with one character wrong or missing still shares most of its pairs with the real one.
 */
final class NameGrams {

    private NameGrams() {}

    /** The distinct pairs of the name's letters and digits (lower case), in order; a single one for one character. */
    static List<String> of(String name) {
        List<Integer> chars = new ArrayList<>();
        if (name != null) {
            name.codePoints()
                    .filter(Character::isLetterOrDigit)
                    .map(Character::toLowerCase)
                    .forEach(chars::add);
        }
        Set<String> grams = new LinkedHashSet<>();
        if (chars.size() == 1) {
            grams.add(Character.toString(chars.getFirst()));
        }
        for (int i = 0; i + 1 < chars.size(); i++) {
            grams.add(Character.toString(chars.get(i)) + Character.toString(chars.get(i + 1)));
        }
        return List.copyOf(grams);
    }

    /**
     * How many of a query's pairs a name must share: all but one up to three pairs (a typo in a short name
     * breaks one or two), else 70 % rounded up (one wrong character breaks two pairs, so a name of eight
     * characters typed with one wrong still matches: 5 of 7), which keeps names that only share a common
     * ending (…安全技术有限公司) out.
     */
    static int required(int pairs) {
        return pairs <= 3 ? Math.max(1, pairs - 1) : (int) Math.ceil(pairs * 0.7);
    }
}
