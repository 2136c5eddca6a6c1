package dev.saferank.platform.privacy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Versioned keys of one purpose, written {@code id:base64,id:base64,...} from the oldest to the newest: the
 * last is current (new values are written under it), the older ones still read what was written under them
 * until a re-key rewrites it. Key ids are short names ({@code k1}, {@code 2026-12}) kept next to each
 * ciphertext or hash.
 */
public final class KeyRing {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,16}");

    /** A key of the ring. */
    public record Key(String id, byte[] bytes) {}

    private final Map<String, Key> keys;
    private final Key current;

    private KeyRing(Map<String, Key> keys, Key current) {
        this.keys = keys;
        this.current = current;
    }

    /**
     * Parses a ring; the reason it is unusable, in English for the operator, otherwise.
     *
     * @param minBytes the shortest key accepted
     * @param exactBytes when positive, the only key length accepted (AES-256: 32)
     */
    static Parsed parse(String text, int minBytes, int exactBytes) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, "is not set");
        }
        var keys = new LinkedHashMap<String, Key>();
        Key last = null;
        for (String entry : text.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                return new Parsed(null, "has an entry without a key id (write key-id:base64)");
            }
            String id = trimmed.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                return new Parsed(null, "has the key id '" + id + "' (letters, digits, . _ - only, at most 16)");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                return new Parsed(null, "has a key '" + id + "' that is not base64");
            }
            if (exactBytes > 0 && bytes.length != exactBytes) {
                return new Parsed(
                        null, "has a key '" + id + "' of " + bytes.length + " bytes (needs " + exactBytes + ")");
            }
            if (bytes.length < minBytes) {
                return new Parsed(
                        null, "has a key '" + id + "' of " + bytes.length + " bytes (needs at least " + minBytes + ")");
            }
            if (keys.putIfAbsent(id, new Key(id, bytes)) != null) {
                return new Parsed(null, "names the key id '" + id + "' twice");
            }
            last = keys.get(id);
        }
        return new Parsed(new KeyRing(keys, last), null);
    }

    record Parsed(KeyRing ring, String problem) {}

    /** The key new values are written under. */
    public Key current() {
        return current;
    }

    public Optional<Key> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** All keys, the oldest first. */
    public List<Key> keys() {
        return new ArrayList<>(keys.values());
    }
}
