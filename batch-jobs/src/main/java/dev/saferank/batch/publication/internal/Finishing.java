package dev.saferank.batch.publication.internal;

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

    /** The entity type of the public search's projection in platform-api ({@code PublicRatingProjection}). */
    static final String SEARCH_ENTITY = "publicRating";

    private final JdbcTemplate jdbc;
    private final Requests requests;
    private final Preconditions preconditions;
    private final RunSchemes runs;

    Finishing(JdbcTemplate jdbc, Requests requests, Preconditions preconditions, RunSchemes runs) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.preconditions = preconditions;
        this.runs = runs;
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
        enqueueForSearch(tenant, r.year());
        return Optional.empty();
    }

    /**
     * The public search (platform-api, index {@code saferank-ratings}) learns of the new publication through
     * the search outbox, in this transaction: one row per announced entry of every published publication of
     * the year, so that the entries this one supersedes are indexed again as superseded. The API's relay
     * delivers them; entries already delivered in their final state are answered as done.
     */
    private void enqueueForSearch(String tenant, int year) {
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)"
                        + " SELECT '" + SEARCH_ENTITY + "', e.tenant_id, e.id FROM publication_entry e"
                        + " JOIN publication p ON p.tenant_id = e.tenant_id AND p.id = e.publication_id"
                        + " WHERE p.tenant_id = ? AND p.year = ? AND p.status = 'published' AND e.public = 1"
                        + " ORDER BY e.id",
                tenant,
                year);
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
