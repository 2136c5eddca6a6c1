package dev.saferank.rating.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The one codec of {@code rating_result.trail} (a MEDIUMBLOB since V112): every writer and every reader of the
 * column goes through here. The <em>logical</em> trail is JSON text — the compact form under the run's
 * template ({@link CompactTrail}, an array) or a full trail ({@link TrailJson}, an object: rows before V95 and
 * agencies without a total); {@link RatingResults#fullTrail} turns either into the full trail every query
 * answers. What is stored is the logical trail's UTF-8 bytes, or, from V112 on, those bytes compressed:
 *
 * <ul>
 *   <li>first byte {@code '['}, <code>'{'</code> (or any other byte a JSON text may begin with): the logical
 *       trail itself, uncompressed (rows written before V112, and rows a test inserts as text);
 *   <li>first byte {@value #DEFLATE_1}: the rest is a raw DEFLATE stream (RFC 1951, no zlib header) of the
 *       logical trail's UTF-8 bytes, compressed with {@link #DICTIONARY_1} as its preset dictionary.
 * </ul>
 *
 * Bytes 0x00–0x08 are kept for markers: a JSON text never begins with one (its first byte is a bracket, a
 * brace or white space: 0x09, 0x0A, 0x0D, 0x20), so a marker cannot be mistaken for an old row. The dictionary
 * of a marker never changes once rows carry it: another dictionary or another compression gets a new marker,
 * and this class keeps reading the old one. The run's checksum is over the logical trail ({@link
 * #sha256}), never over the stored bytes, so that it does not depend on the compressor and equals the
 * checksum of any run that produced the same trails.
 */
public final class StoredTrail {

    /** The marker of a trail stored as DEFLATE with {@link #DICTIONARY_1}. */
    static final byte DEFLATE_1 = 1;

    /** Bytes 0x00–0x08 are markers (0x01 the only one so far); a JSON text begins with none of them. */
    private static final byte LAST_MARKER = 8;

    /**
     * The preset dictionary of {@link #DEFLATE_1}: the pieces every compact trail repeats whatever the scheme —
     * the shape {@link CompactTrail} writes (a step's {@code capped, enterprise, note} tail, an item's and a
     * part's empty forms, the end of a trail with no bonus, penalties, problems or sampled enterprises) and
     * the engine's note wordings (RuleAmounts, ItemScorer). Most frequent last (DEFLATE reaches them with
     * the shortest distances). Never change it: rows are stored with it.
     */
    static final byte[] DICTIONARY_1 = String.join(
                    "",
                    "\"awarded \",\"once: \",\"item scores 0\",\", capped at \",\"= \"* max(0, agency.",
                    "\",false,null,\"0 × 0.3\"]]],[",
                    "\",false,null,\"4 × 1\"]]],[",
                    "\",false,null,\"3 × 2\"]]],[",
                    "\",false,null,\"2 × 0.2\"],[\"",
                    "\",false,null,\"1 × 0.5\"],[\"",
                    "\",true,null,\"rules sum 2, item max 1\"]]],[",
                    "[\"floor\",0,0,\"1.0\",true,null,\"rules sum 1.5, item max 1\"]]],[",
                    "]]]]],[\"0\",false,1,[]],[\"0\",false,1,[]],[],[]]",
                    "[1,\"0\",[],null,[[0,\"100\",\"0\",1,[[1,\"0\",[[\"")
            .getBytes(StandardCharsets.UTF_8);

    /** Level 6 (zlib's default): at 50,000 trails 3.9 times smaller; level 1 gave 3.5 for 20 % less CPU. */
    private static final int LEVEL = 6;

    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private StoredTrail() {}

    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(StoredTrail::newSha256);

    /**
     * A logical trail as a writer stores it: {@code stored} the bytes of {@link #encode}, {@code sha256} the
     * digest of {@link #sha256}.
     */
    public record Written(byte[] stored, byte[] sha256) {}

    /**
     * {@link #encode} and {@link #sha256} of one logical trail together, from one UTF-8 encoding of it and the
     * thread's own digest: what the rating job does for each of its results.
     */
    public static Written write(String logical) {
        byte[] utf8 = logical.getBytes(StandardCharsets.UTF_8);
        return new Written(compress(utf8), DIGESTS.get().digest(utf8));
    }

    /** The bytes to store for a logical trail: its UTF-8 bytes compressed, behind the marker. */
    public static byte[] encode(String logical) {
        return compress(logical.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] compress(byte[] utf8) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setDictionary(DICTIONARY_1);
        deflater.setInput(utf8);
        deflater.finish();
        byte[] out = new byte[Math.max(64, utf8.length / 2)];
        out[0] = DEFLATE_1;
        int length = 1;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return Arrays.copyOf(out, length);
    }

    /** The logical trail (JSON text) of stored bytes of any format; null for null. */
    public static String decode(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length == 0 || stored[0] < 0 || stored[0] > LAST_MARKER) {
            return new String(stored, StandardCharsets.UTF_8); // stored as text: before V112, or a test's row
        }
        if (stored[0] != DEFLATE_1) {
            throw new IllegalArgumentException("unknown stored trail format " + stored[0]);
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setDictionary(DICTIONARY_1);
        inflater.setInput(stored, 1, stored.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
        byte[] buffer = new byte[Math.max(256, stored.length * 4)];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("stored trail cut short");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException broken) {
            throw new IllegalArgumentException("stored trail is not a valid DEFLATE stream", broken);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * SHA-256 of the logical trail's UTF-8 bytes ({@code rating_total.trail_sha256}, the run checksum's input):
     * the same whether the trail is stored compressed or as text.
     */
    public static byte[] sha256(String logical) {
        return DIGESTS.get().digest(logical.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
