package dev.saferank.platform.similarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the background check reads and writes, with plain JDBC like the outbox (the N+1 tests count
 * every MyBatis statement of the JVM, and the check runs beside them). Every statement on tenant
 * data binds the tenant.
 */
@Repository
class SimilarityRows {

    /** A queued report. */
    record Queued(long id, String tenant, long reportId, int attempts) {}

    /** What the check needs of a report. */
    record Text(
            long id,
            long agencyId,
            String agencyName,
            String enterprise,
            String title,
            LocalDate issuedOn,
            String body,
            String status) {}

    /** A suggestion about to be written. */
    record Found(
            long reportId,
            long similarReportId,
            long agencyId,
            long similarAgencyId,
            double similarity,
            String kind,
            String ruleCode,
            String ruleNote) {}

    private static final String TEXT = "SELECT r.id, r.agency_id, a.name, r.enterprise, r.title, r.issued_on, r.body,"
            + " r.status FROM report r JOIN agency a ON a.tenant_id = r.tenant_id AND a.id = r.agency_id"
            + " WHERE r.tenant_id = :tenant AND r.id IN (:ids)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SimilarityRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void enqueue(String tenant, long reportId) {
        jdbc.update("INSERT INTO report_similarity_queue (entity_tenant, report_id) VALUES (?, ?)", tenant, reportId);
    }

    List<Queued> due(int limit) {
        return jdbc.query(
                "SELECT id, entity_tenant, report_id, attempts FROM report_similarity_queue"
                        + " WHERE done_at IS NULL AND next_attempt_at <= CURRENT_TIMESTAMP(3) ORDER BY id LIMIT ?",
                (row, n) -> new Queued(row.getLong(1), row.getString(2), row.getLong(3), row.getInt(4)),
                limit);
    }

    /** Waits for the other nodes' checks to commit (a row lock held until this transaction ends). */
    void lock() {
        jdbc.queryForList("SELECT name FROM report_similarity_lock WHERE name = 'checks' FOR UPDATE");
    }

    void markDone(long queueId) {
        jdbc.update(
                "UPDATE report_similarity_queue SET done_at = CURRENT_TIMESTAMP(3), checks = checks + 1, last_error = NULL"
                        + " WHERE id = ?",
                queueId);
    }

    void markFailed(long queueId, long delayMillis, String error) {
        jdbc.update(
                "UPDATE report_similarity_queue SET attempts = attempts + 1,"
                        + " next_attempt_at = TIMESTAMPADD(MICROSECOND, ? * 1000, CURRENT_TIMESTAMP(3)),"
                        + " last_error = LEFT(?, 500) WHERE id = ?",
                delayMillis,
                error,
                queueId);
    }

    Optional<Text> text(String tenant, long id) {
        return texts(tenant, List.of(id)).stream().findFirst();
    }

    List<Text> texts(String tenant, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query(
                TEXT,
                new MapSqlParameterSource("tenant", tenant).addValue("ids", ids),
                (row, n) -> new Text(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getObject(6, LocalDate.class),
                        row.getString(7),
                        row.getString(8)));
    }

    /** Replaces the report's buckets (a check repeated after a failure writes them again). */
    void fingerprint(String tenant, long reportId, long[] buckets) {
        jdbc.update("DELETE FROM report_fingerprint WHERE tenant_id = ? AND report_id = ?", tenant, reportId);
        List<Object[]> rows = new ArrayList<>();
        for (int band = 0; band < buckets.length; band++) {
            rows.add(new Object[] {tenant, reportId, band, buckets[band]});
        }
        jdbc.batchUpdate(
                "INSERT INTO report_fingerprint (tenant_id, report_id, band, bucket) VALUES (?, ?, ?, ?)", rows);
    }

    /** Other reports of the tenant sharing a bucket, those sharing the most first. */
    List<Long> candidates(String tenant, long reportId, long[] buckets, int limit) {
        if (buckets.length == 0) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (long bucket : buckets) {
            values.add(bucket);
        }
        return named.queryForList(
                "SELECT report_id FROM report_fingerprint WHERE tenant_id = :tenant AND bucket IN (:buckets)"
                        + " AND report_id <> :report GROUP BY report_id ORDER BY COUNT(*) DESC, report_id LIMIT :limit",
                new MapSqlParameterSource("tenant", tenant)
                        .addValue("buckets", values)
                        .addValue("report", reportId)
                        .addValue("limit", limit),
                Long.class);
    }

    void suggest(String tenant, Found found) {
        jdbc.update(
                "INSERT IGNORE INTO report_similarity (tenant_id, report_id, similar_report_id, agency_id,"
                        + " similar_agency_id, similarity, kind, rule_code, rule_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                found.reportId(),
                found.similarReportId(),
                found.agencyId(),
                found.similarAgencyId(),
                Math.floor(found.similarity() * 10_000) / 10_000,
                found.kind(),
                found.ruleCode(),
                found.ruleNote());
    }
}
