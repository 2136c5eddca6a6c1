package dev.saferank.rating.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of an audit record and its hash. The form is the text {@code saferank-audit-v1} and
 * then, one per line in this order, tenant, seq, occurred_at (epoch milliseconds), actor, client_address,
 * action, target_type, target_id, details (the stored JSON) and prev_hash, each written as
 * {@code <UTF-8 byte length>:<value>} ({@code -} for null). The length prefix makes the form unambiguous:
 * no value can pass for a field boundary. hash = lowercase hex SHA-256 of the form's UTF-8 bytes.
 */
public final class AuditHashing {

    /** The previous hash of a chain's first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditHashing() {}

    /** The canonical form of a record (what is hashed). */
    public static String canonical(
            String tenant,
            long seq,
            long occurredAtMillis,
            String actor,
            String clientAddress,
            String action,
            String targetType,
            String targetId,
            String detailsJson,
            String prevHash) {
        StringBuilder out = new StringBuilder(256).append("saferank-audit-v1\n");
        for (String field : new String[] {
            tenant,
            Long.toString(seq),
            Long.toString(occurredAtMillis),
            actor,
            clientAddress,
            action,
            targetType,
            targetId,
            detailsJson,
            prevHash
        }) {
            if (field == null) {
                out.append("-\n");
            } else {
                out.append(field.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(field)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Lowercase hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The details as stored: a JSON object with its keys sorted, or null when there are none. */
    static String detailsJson(Map<String, String> details) {
        return details.isEmpty() ? null : JSON.writeValueAsString(details);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> details(String json) {
        return json == null ? Map.of() : JSON.readValue(json, java.util.TreeMap.class);
    }
}
