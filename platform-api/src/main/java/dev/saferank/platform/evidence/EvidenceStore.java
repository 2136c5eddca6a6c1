package dev.saferank.platform.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the bytes of evidence files are kept. The database store is the only one today; an object store
 * (S3-compatible) is a second implementation of this interface, named by {@code evidence_file.storage}.
 * Both stream: neither holds a whole file in memory.
 */
public interface EvidenceStore {

    /** The name written to {@code evidence_file.storage}. */
    String name();

    /**
     * Writes a file's bytes, in the caller's transaction, and returns how many were written. Stops with
     * {@link TooLargeException} once more than {@code maxBytes} arrive (the transaction then rolls back).
     */
    long write(String tenant, long fileId, InputStream content, long maxBytes) throws IOException;

    /** Copies a file's bytes to {@code out}. */
    void copy(String tenant, long fileId, OutputStream out) throws IOException;

    /** More bytes than the limit. */
    final class TooLargeException extends IOException {
        TooLargeException() {
            super("too large");
        }
    }
}
