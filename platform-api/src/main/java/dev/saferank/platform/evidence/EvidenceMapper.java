package dev.saferank.platform.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The metadata rows of evidence files (plain JDBC, like the store beside it); every statement binds the tenant. */
@Repository
class EvidenceMapper {

    private static final String COLUMNS = "id, owner_type, owner_id, owner_part, file_name, content_type, size_bytes,"
            + " sha256, uploaded_by, uploaded_at";

    private static final RowMapper<EvidenceFile> ROW = (rs, n) -> new EvidenceFile(
            rs.getLong("id"),
            rs.getString("owner_type"),
            rs.getLong("owner_id"),
            rs.getString("owner_part"),
            rs.getString("file_name"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;

    EvidenceMapper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row with size and digest still unknown (completed once the bytes are written). */
    long insert(
            String tenant,
            String ownerType,
            long ownerId,
            String part,
            String fileName,
            String contentType,
            String storage,
            String actor) {
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var ps = connection.prepareStatement(
                            "INSERT INTO evidence_file (tenant_id, owner_type, owner_id, owner_part, file_name, content_type,"
                                    + " size_bytes, sha256, storage, status, uploaded_by)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, 0, '', ?, 'pending', ?)",
                            new String[] {"id"});
                    ps.setString(1, tenant);
                    ps.setString(2, ownerType);
                    ps.setLong(3, ownerId);
                    ps.setString(4, part);
                    ps.setString(5, fileName);
                    ps.setString(6, contentType);
                    ps.setString(7, storage);
                    ps.setString(8, actor);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    void complete(String tenant, long id, long size, String sha256) {
        jdbc.update(
                "UPDATE evidence_file SET size_bytes = ?, sha256 = ?, status = 'active' WHERE tenant_id = ? AND id = ?",
                size,
                sha256,
                tenant,
                id);
    }

    Optional<EvidenceFile> find(String tenant, long id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS
                                + " FROM evidence_file WHERE tenant_id = ? AND id = ? AND status = 'active'",
                        ROW,
                        tenant,
                        id)
                .stream()
                .findFirst();
    }

    List<EvidenceFile> byOwners(String tenant, String ownerType, List<Long> ownerIds) {
        String marks = String.join(",", java.util.Collections.nCopies(ownerIds.size(), "?"));
        Object[] args = new Object[ownerIds.size() + 2];
        args[0] = tenant;
        args[1] = ownerType;
        for (int i = 0; i < ownerIds.size(); i++) {
            args[i + 2] = ownerIds.get(i);
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM evidence_file WHERE tenant_id = ? AND owner_type = ? AND status = 'active'"
                        + " AND owner_id IN (" + marks + ") ORDER BY id",
                ROW,
                args);
    }
}
