package dev.saferank.rating.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: appends hash-chained records (one chain per tenant), reads them back with filters and
 * verifies a chain. See {@link AuditHashing} for what is hashed.
 *
 * <p>{@link #record} joins the caller's transaction, so that an action and its record commit or roll back
 * together; call it as the last statement of the action's transaction: it locks the tenant's chain head
 * until the transaction ends, and every other privileged action of the tenant waits for that lock.
 */
@Component
public class AuditTrail {

    private static final String COLUMNS = "id, tenant_id, seq, occurred_at, actor, client_address, action,"
            + " target_type, target_id, details, prev_hash, hash";
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    /**
     * Appends one record to the end of the tenant's chain, in the caller's transaction (or its own).
     * Concurrent appends of one tenant are serialized by the row lock on the chain's head.
     */
    @Transactional
    public AuditRecord record(AuditEvent event) {
        String tenant = event.tenant();
        ensureHead(tenant);
        record Head(long seq, String hash) {}
        Head head = jdbc.queryForObject(
                "SELECT seq, hash FROM audit_chain_head WHERE tenant_id = ? FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)),
                tenant);
        long seq = head.seq() + 1;
        long at = (event.at() == null ? clock.instant() : event.at()).toEpochMilli();
        String details = AuditHashing.detailsJson(event.details());
        String hash = AuditHashing.sha256(AuditHashing.canonical(
                tenant,
                seq,
                at,
                event.actor(),
                event.clientAddress(),
                event.action().name(),
                event.targetType(),
                event.targetId(),
                details,
                head.hash()));
        jdbc.update(
                "INSERT INTO audit_record (tenant_id, seq, occurred_at, actor, client_address, action, target_type,"
                        + " target_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                seq,
                at,
                event.actor(),
                event.clientAddress(),
                event.action().name(),
                event.targetType(),
                event.targetId(),
                details,
                head.hash(),
                hash);
        jdbc.update("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE tenant_id = ?", seq, hash, tenant);
        Long id = jdbc.queryForObject(
                "SELECT id FROM audit_record WHERE tenant_id = ? AND seq = ?", Long.class, tenant, seq);
        return new AuditRecord(
                id,
                tenant,
                seq,
                Instant.ofEpochMilli(at),
                event.actor(),
                event.clientAddress(),
                event.action().name(),
                event.targetType(),
                event.targetId(),
                event.details(),
                details,
                head.hash(),
                hash);
    }

    /**
     * The head row of a new chain, created in a transaction of its own: a locking read of a missing row would
     * take a gap lock that a concurrent first append's insert waits on (a deadlock); a plain read does not.
     */
    private void ensureHead(String tenant) {
        Integer heads =
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_head WHERE tenant_id = ?", Integer.class, tenant);
        if (heads == null || heads == 0) {
            separately.executeWithoutResult(status -> jdbc.update(
                    "INSERT IGNORE INTO audit_chain_head (tenant_id, seq, hash) VALUES (?, 0, ?)",
                    tenant,
                    AuditHashing.GENESIS));
        }
    }

    /** Records matching the filters, newest first, at most {@code limit} after {@code offset}. */
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        var where = where(query);
        where.args().add(limit);
        where.args().add(offset);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_record" + where.sql() + " ORDER BY id DESC LIMIT ? OFFSET ?",
                AuditTrail::row,
                where.args().toArray());
    }

    /** How many records match the filters. */
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        var where = where(query);
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_record" + where.sql(),
                Long.class,
                where.args().toArray());
        return n == null ? 0 : n;
    }

    /** Every record matching the filters, oldest first, read in pages by id (for exports). */
    public void each(AuditQuery query, Consumer<AuditRecord> consumer) {
        long after = 0;
        while (true) {
            var where = where(query);
            String sql = "SELECT " + COLUMNS + " FROM audit_record" + where.sql()
                    + (where.sql().isEmpty() ? " WHERE" : " AND") + " id > ? ORDER BY id LIMIT " + PAGE;
            where.args().add(after);
            List<AuditRecord> page =
                    jdbc.query(sql, AuditTrail::row, where.args().toArray());
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    /** The tenants that have a chain ({@code ""} is the platform's), in order. */
    public List<String> chains() {
        return jdbc.queryForList("SELECT tenant_id FROM audit_chain_head ORDER BY tenant_id", String.class);
    }

    /**
     * Verifies the tenant's chain from its first record: each record's hash recomputed, each linked to its
     * predecessor's hash with no gap in seq, the last one equal to the chain's head.
     */
    public AuditVerification verify(String tenant) {
        record Head(long seq, String hash) {}
        Head head = jdbc
                .query(
                        "SELECT seq, hash FROM audit_chain_head WHERE tenant_id = ?",
                        (rs, n) -> new Head(rs.getLong(1), rs.getString(2)),
                        tenant)
                .stream()
                .findFirst()
                .orElse(new Head(0, AuditHashing.GENESIS));
        long expectedSeq = 1;
        String prev = AuditHashing.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditRecord> page = jdbc.query(
                    "SELECT " + COLUMNS + " FROM audit_record WHERE tenant_id = ? AND seq >= ? ORDER BY seq LIMIT "
                            + PAGE,
                    AuditTrail::row,
                    tenant,
                    expectedSeq);
            for (AuditRecord r : page) {
                checked++;
                if (r.seq() != expectedSeq) {
                    return broken(tenant, checked, expectedSeq, "第" + expectedSeq + "条记录缺失（已被删除）", head.hash());
                }
                if (!r.prevHash().equals(prev)) {
                    return broken(tenant, checked, r.seq(), "第" + r.seq() + "条记录与前一条记录的哈希不衔接", head.hash());
                }
                String recomputed = AuditHashing.sha256(AuditHashing.canonical(
                        r.tenant(),
                        r.seq(),
                        r.occurredAt().toEpochMilli(),
                        r.actor(),
                        r.clientAddress(),
                        r.action(),
                        r.targetType(),
                        r.targetId(),
                        r.detailsJson(),
                        r.prevHash()));
                if (!recomputed.equals(r.hash())) {
                    return broken(tenant, checked, r.seq(), "第" + r.seq() + "条记录的内容已被改动（哈希不符）", head.hash());
                }
                prev = r.hash();
                expectedSeq++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long last = expectedSeq - 1;
        if (last != head.seq() || !prev.equals(head.hash())) {
            return broken(
                    tenant,
                    checked,
                    last + 1,
                    "链尾与链头不符：链头记录到第" + head.seq() + "条，实际只能校验到第" + last + "条（末尾记录被删除或改动）",
                    head.hash());
        }
        return new AuditVerification(tenant, true, checked, null, null, head.hash());
    }

    private static AuditVerification broken(String tenant, long checked, long seq, String problem, String head) {
        return new AuditVerification(tenant, false, checked, seq, problem, head);
    }

    private record Where(String sql, List<Object> args) {}

    private static Where where(AuditQuery q) {
        List<String> terms = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.tenant() != null) {
            terms.add("tenant_id = ?");
            args.add(q.tenant());
        }
        if (q.actor() != null) {
            terms.add("actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            terms.add("action = ?");
            args.add(q.action());
        }
        if (q.targetType() != null) {
            terms.add("target_type = ?");
            args.add(q.targetType());
        }
        if (q.targetId() != null) {
            terms.add("target_id = ?");
            args.add(q.targetId());
        }
        if (q.from() != null) {
            terms.add("occurred_at >= ?");
            args.add(q.from().toEpochMilli());
        }
        if (q.to() != null) {
            terms.add("occurred_at < ?");
            args.add(q.to().toEpochMilli());
        }
        return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), args);
    }

    private static AuditRecord row(ResultSet rs, int n) throws SQLException {
        String details = rs.getString("details");
        return new AuditRecord(
                rs.getLong("id"),
                rs.getString("tenant_id"),
                rs.getLong("seq"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")),
                rs.getString("actor"),
                rs.getString("client_address"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                AuditHashing.details(details),
                details,
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
