package dev.saferank.platform.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence bytes in MySQL ({@code evidence_content.content}, LONGBLOB), written and read in chunks of
 * 1 MiB: the first chunk is inserted, each next one appended; reads take one {@code SUBSTRING} a chunk.
 * Memory stays at one chunk whatever the file's size, every statement stays below the server's
 * {@code max_allowed_packet} (16 MiB by default), and the driver's client-side prepared statements need
 * no special mode. Plain JDBC: MyBatis would map nothing here.
 */
@Component
class DatabaseEvidenceStore implements EvidenceStore {

    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseEvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public long write(String tenant, long fileId, InputStream content, long maxBytes) throws IOException {
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        boolean first = true;
        int read;
        while ((read = content.readNBytes(chunk, 0, CHUNK)) > 0) {
            total += read;
            if (total > maxBytes) {
                throw new TooLargeException();
            }
            byte[] part = read == CHUNK ? chunk : Arrays.copyOf(chunk, read);
            if (first) {
                jdbc.update(
                        "INSERT INTO evidence_content (tenant_id, file_id, content) VALUES (?, ?, ?)",
                        tenant,
                        fileId,
                        part);
                first = false;
            } else {
                jdbc.update(
                        "UPDATE evidence_content SET content = CONCAT(content, ?) WHERE tenant_id = ? AND file_id = ?",
                        part,
                        tenant,
                        fileId);
            }
        }
        if (first) {
            jdbc.update(
                    "INSERT INTO evidence_content (tenant_id, file_id, content) VALUES (?, ?, ?)",
                    tenant,
                    fileId,
                    new byte[0]);
        }
        return total;
    }

    @Override
    public void copy(String tenant, long fileId, OutputStream out) throws IOException {
        Long length = jdbc.queryForObject(
                "SELECT LENGTH(content) FROM evidence_content WHERE tenant_id = ? AND file_id = ?",
                Long.class,
                tenant,
                fileId);
        for (long offset = 0; length != null && offset < length; offset += CHUNK) {
            byte[] part = jdbc.queryForObject(
                    "SELECT SUBSTRING(content, ?, ?) FROM evidence_content WHERE tenant_id = ? AND file_id = ?",
                    byte[].class,
                    offset + 1,
                    CHUNK,
                    tenant,
                    fileId);
            out.write(part);
        }
    }
}
