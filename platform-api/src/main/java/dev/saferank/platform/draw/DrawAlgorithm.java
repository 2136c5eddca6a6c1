package dev.saferank.platform.draw;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The draw as anyone can recompute it (tools/draw/verify_draw.py implements the same in Python's standard
 * library). For every candidate and every ticket {@code t = 1..weight}: {@code HMAC-SHA256(seed,
 * "<listSha256>|<group>|<candidate>|<t>")} in lowercase hex; the candidate's key is the largest of its tickets' (for
 * integer weights this is Efraimidis–Spirakis: the largest of w uniform variates is distributed as
 * U^(1/w)). Within each group, in the file's order, candidates sorted by key descending (hex strings of one
 * length compare as the numbers) are drawn up to the group's quota. The list's hash in every message makes
 * any change of the list change every key. No Spring here: a pure function of its inputs.
 */
final class DrawAlgorithm {

    private static final HexFormat HEX = HexFormat.of();

    private DrawAlgorithm() {}

    /** One drawn candidate: its group, id, rank in the group (1 = first drawn) and key. */
    record Drawn(String group, String candidate, int rank, String key) {}

    static List<Drawn> draw(byte[] seed, CandidateFile file) {
        String listSha256 = sha256(file.text().getBytes(StandardCharsets.UTF_8));
        Mac mac = hmac(seed);
        Map<String, List<Map.Entry<CandidateFile.Candidate, String>>> groups = new LinkedHashMap<>();
        for (CandidateFile.Candidate c : file.candidates()) {
            String best = "";
            for (int t = 1; t <= c.weight(); t++) {
                String key = HEX.formatHex(mac.doFinal(
                        (listSha256 + "|" + c.group() + "|" + c.id() + "|" + t).getBytes(StandardCharsets.UTF_8)));
                if (key.compareTo(best) > 0) {
                    best = key;
                }
            }
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(Map.entry(c, best));
        }
        List<Drawn> drawn = new ArrayList<>();
        groups.forEach((group, members) -> {
            members.sort(Map.Entry.<CandidateFile.Candidate, String>comparingByValue(Comparator.reverseOrder()));
            int take = file.quota().take(members.size());
            for (int i = 0; i < take; i++) {
                var m = members.get(i);
                drawn.add(new Drawn(group, m.getKey().id(), i + 1, m.getValue()));
            }
        });
        return drawn;
    }

    /** The result as published: one line per drawn candidate, {@code group,candidate,rank,key}. */
    static String resultText(List<Drawn> drawn) {
        StringBuilder out = new StringBuilder();
        drawn.forEach(d -> out.append(d.group())
                .append(',')
                .append(d.candidate())
                .append(',')
                .append(d.rank())
                .append(',')
                .append(d.key())
                .append('\n'));
        return out.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The seed from its 64 lowercase or uppercase hex digits, or empty when it is not that. */
    static java.util.Optional<byte[]> seed(String hex) {
        if (hex == null || !hex.strip().matches("[0-9a-fA-F]{64}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(HEX.parseHex(hex.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Mac hmac(byte[] seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
