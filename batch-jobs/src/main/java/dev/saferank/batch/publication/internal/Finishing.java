package dev.saferank.batch.publication.internal;

import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditEvent;
import dev.saferank.rating.audit.AuditTrail;
import dev.saferank.rating.publication.PublicIndex;
import dev.saferank.rating.publication.PublicationFiles;
import dev.saferank.rating.publication.PublicationHash;
import dev.saferank.scheme.PublicationList;
import dev.saferank.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last step, in one transaction: checks again, then numbers the publication, freezes the notice, and
 * records the lists and the checksum of the entries. Until then nothing of it is visible.
 */
@Component
class Finishing {

    private final JdbcTemplate jdbc;
    private final Requests requests;
    private final Preconditions preconditions;
    private final RunSchemes runs;
    private final PublicIndex publicIndex;
    private final PublicationFiles files;
    private final AuditTrail audit;

    Finishing(
            JdbcTemplate jdbc,
            Requests requests,
            Preconditions preconditions,
            RunSchemes runs,
            PublicIndex publicIndex,
            PublicationFiles files,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.preconditions = preconditions;
        this.runs = runs;
        this.publicIndex = publicIndex;
        this.files = files;
        this.audit = audit;
    }

    /** Publishes, or refuses; returns the refusal. Runs inside the step's transaction. */
    Optional<String> finish(String tenant, long id, long jobExecution) {
        Request r = requests.lock(tenant, id);
        if (r.status().equals("published")) {
            return Optional.empty();
        }
        Optional<String> refusal = preconditions.refusal(r);
        if (refusal.isPresent()) {
            requests.refuse(tenant, id, refusal.get());
            return refusal;
        }
        RunSchemes.Run run = runs.completed(tenant, r.runId()).orElseThrow();
        Integer seq = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM publication WHERE tenant_id = ? AND year = ?",
                Integer.class,
                tenant,
                r.year());
        if (r.kind().equals("publish")
                && jdbc.update(
                                "UPDATE rating_notice SET status = 'published', version = version + 1"
                                        + " WHERE tenant_id = ? AND id = ? AND status = 'open'",
                                tenant,
                                r.noticeId().orElseThrow())
                        != 1) {
            throw new IllegalStateException("the notice was checked open under the lock");
        }
        Digest digest = digest(tenant, id);
        jdbc.update(
                "UPDATE publication SET status = 'published', seq = ?, scheme_version = ?,"
                        + " bureau_name = (SELECT name FROM tenant WHERE id = ?), lists = ?, entries_count = ?,"
                        + " published_by = requested_by, published_at = CURRENT_TIMESTAMP(3), checksum = ?,"
                        + " active_key = NULL, error = NULL, job_execution_id = ? WHERE tenant_id = ? AND id = ?",
                seq,
                run.schemeVersion(),
                tenant,
                lists(run.scheme()),
                digest.count(),
                digest.sha256(),
                jobExecution,
                tenant,
                id);
        Chained chained = chain(tenant, id);
        // the public search learns of it in this transaction: when it becomes visible
        publicIndex.queuePublishedYear(tenant, r.year());
        audit.record(AuditEvent.of(
                        tenant, "system:publication-job", null, AuditAction.PUBLICATION_PUBLISHED, "publication", id)
                .with("kind", r.kind())
                .with("year", r.year())
                .with("seq", seq)
                .with("requestedBy", r.requestedBy())
                .with("rowsSha256", chained.rowsSha256())
                .with("chainHash", chained.chainHash()));
        return Optional.empty();
    }

    record Chained(String rowsSha256, String chainHash) {}

    /**
     * Hashes the public CSV (its exact bytes, as served) and links the publication to the tenant's previous
     * one. The tenant's row is locked first, so that two publications of one tenant (different years) finishing
     * at once cannot both link to the same predecessor.
     */
    Chained chain(String tenant, long id) {
        jdbc.queryForList("SELECT id FROM tenant WHERE id = ? FOR UPDATE", String.class, tenant);
        record Prev(long id, String hash) {}
        Optional<Prev> prev = jdbc
                .query(
                        "SELECT id, chain_hash FROM publication WHERE tenant_id = ? AND status = 'published'"
                                + " AND chain_hash IS NOT NULL AND id <> ? ORDER BY published_at DESC, id DESC LIMIT 1",
                        (rs, n) -> new Prev(rs.getLong(1), rs.getString(2)),
                        tenant,
                        id)
                .stream()
                .findFirst();
        String prevHash = prev.map(Prev::hash).orElse(PublicationHash.GENESIS);
        String rows = PublicationHash.rows(files.csv(tenant, id).orElseThrow());
        String chain = PublicationHash.chain(tenant, id, prevHash, rows);
        jdbc.update(
                "UPDATE publication SET rows_sha256 = ?, prev_publication_id = ?, prev_hash = ?, chain_hash = ?"
                        + " WHERE tenant_id = ? AND id = ?",
                rows,
                prev.map(Prev::id).orElse(null),
                prevHash,
                chain,
                tenant,
                id);
        return new Chained(rows, chain);
    }

    /** The lists as published, so that reading a publication never depends on a scheme file again. */
    static String lists(Scheme scheme) {
        List<Map<String, Object>> out = scheme.publication().orElseThrow().lists().stream()
                .map(Finishing::list)
                .toList();
        return JsonMapper.shared().writeValueAsString(out);
    }

    private static Map<String, Object> list(PublicationList l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", l.code());
        m.put("title", l.title());
        m.put("wording", l.wording());
        m.put("public", l.isPublic());
        m.put("validMonths", l.validMonths().orElse(null));
        return m;
    }

    record Digest(int count, String sha256) {}

    /** SHA-256 over the entries in agency order, one line each, every column. */
    Digest digest(String tenant, long id) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int[] count = {0};
        jdbc.query(
                "SELECT agency_id, agency_name, category, district, total, grade, published_grade, overall_rank,"
                        + " group_key, group_rank, lists, public, note FROM publication_entry"
                        + " WHERE tenant_id = ? AND publication_id = ? ORDER BY agency_id",
                rs -> {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= 13; c++) {
                        line.append(rs.getString(c)).append('\t');
                    }
                    sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    count[0]++;
                },
                tenant,
                id);
        return new Digest(count[0], HexFormat.of().formatHex(sha.digest()));
    }
}
