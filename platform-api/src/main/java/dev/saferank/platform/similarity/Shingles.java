package dev.saferank.platform.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text of a report as a set of character 5-shingles: the enterprise's and the agency's names
 * masked first (so that a copy with the names swapped is still a copy), then everything but letters
 * and digits dropped (punctuation, spaces and line breaks do not hide a copy either). Deterministic:
 * the same text always gives the same sorted array of 64-bit shingle hashes.
 */
final class Shingles {

    static final int SIZE = 5;
    private static final char MASK = '名';
    private static final List<String> ORGANISATION_SUFFIXES =
            List.of("股份有限公司", "有限责任公司", "有限公司", "分公司", "集团", "公司", "总厂", "厂");
    private static final String PLACE = "^(.{2,3}?[省市])?(.{2,4}?[市])?(.{2,4}?[区县])?";

    private Shingles() {}

    /** The sorted, distinct shingle hashes of a body with the given names masked. */
    static long[] of(String body, List<String> names) {
        String text = normalized(masked(body, names));
        if (text.length() < SIZE) {
            return text.isEmpty() ? new long[0] : new long[] {hash(text, 0, text.length())};
        }
        long[] hashes = new long[text.length() - SIZE + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(text, i, i + SIZE);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** The body with each name, and its short forms (no place prefix, no legal-form suffix), masked. */
    static String masked(String body, List<String> names) {
        Set<String> variants = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            String full = normalized(name);
            variants.add(full);
            String noPlace = full.replaceFirst(PLACE, "");
            variants.add(noPlace);
            for (String suffix : ORGANISATION_SUFFIXES) {
                if (noPlace.endsWith(suffix)) {
                    variants.add(noPlace.substring(0, noPlace.length() - suffix.length()));
                }
                if (full.endsWith(suffix)) {
                    variants.add(full.substring(0, full.length() - suffix.length()));
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(variants);
        longestFirst.removeIf(v -> v.length() < 3);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String text = normalized(body);
        for (String variant : longestFirst) {
            text = text.replace(variant, String.valueOf(MASK));
        }
        return text;
    }

    /** Letters and digits only, lower case (full-width forms folded). */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int c = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return out.toString();
    }

    /** Jaccard index of two sorted, distinct arrays. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser (splitmix64) to spread the bits. */
    private static long hash(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
