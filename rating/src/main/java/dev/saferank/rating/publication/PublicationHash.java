package dev.saferank.rating.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes that make a publication verifiable by anyone (issue 16 point 4). Each published publication
 * carries
 *
 * <ul>
 *   <li>{@code rows_sha256}: SHA-256 of its public CSV's exact bytes ({@link PublicationFiles}), what
 *       {@code sha256sum} prints for the downloaded file;
 *   <li>{@code prev_hash}: the {@code chain_hash} of the tenant's previous publication (64 zeros for its
 *       first), so that no earlier publication can be replaced or dropped unnoticed;
 *   <li>{@code chain_hash}: SHA-256 of the text {@code saferank-publication-v1\n<tenant>\n<id>\n<prev_hash>\n
 *       <rows_sha256>\n}, i.e. {@code printf 'saferank-publication-v1\n%s\n%s\n%s\n%s\n' quanzhou 17 PREV ROWS |
 *       sha256sum}.
 * </ul>
 */
public final class PublicationHash {

    /** The predecessor of a tenant's first hashed publication. */
    public static final String GENESIS = "0".repeat(64);

    private PublicationHash() {}

    public static String rows(byte[] csv) {
        return hex(csv);
    }

    public static String chain(String tenant, long publicationId, String prevHash, String rowsSha256) {
        return hex(("saferank-publication-v1\n" + tenant + "\n" + publicationId + "\n" + prevHash + "\n" + rowsSha256
                        + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
