package dev.saferank.platform.privacy;

import dev.saferank.platform.history.History;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases personal data whose retention period ({@link RetentionSettings}) has passed: contacts of closed
 * complaints and of decided objections (each erasure recorded in the record's history, by {@code
 * retention}), and the address hashes of complaints. Daily, and idempotent: a second run finds nothing.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int PAGE = 500;
    static final String ACTION = "personalDataErased";

    /** What one run erased. */
    record Erased(int complaintContacts, int objectionContacts, int clientAddresses) {}

    private final JdbcTemplate jdbc;
    private final History history;
    private final RetentionSettings settings;
    private final TransactionTemplate tx;

    Retention(JdbcTemplate jdbc, History history, RetentionSettings settings, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.history = history;
        this.settings = settings;
        this.tx = tx;
    }

    /**
     * Once a day across all API nodes: the ShedLock row {@code privacy-retention} is held for at least five
     * minutes, so a node whose clock is a little late does not run it again the same night.
     */
    @Scheduled(cron = "${saferank.privacy.retention.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "privacy-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void daily() {
        var erased = enforce(Instant.now());
        log.info("retention: {}", erased);
    }

    Erased enforce(Instant now) {
        var complaintsBefore = Timestamp.from(now.minus(settings.complaintContact()));
        int complaints = erase(
                "SELECT c.tenant_id, c.id FROM complaint c WHERE c.id > ?"
                        + " AND (c.contact_name IS NOT NULL OR c.contact_phone IS NOT NULL)"
                        + " AND ((c.status = 'closed' AND c.updated_at < ?)"
                        + " OR (c.status = 'caseOpened'"
                        + " AND EXISTS (SELECT 1 FROM enforcement_case e WHERE e.tenant_id = c.tenant_id"
                        + " AND e.complaint_id = c.id AND e.status = 'closed' AND e.closed_at < ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM enforcement_case o WHERE o.tenant_id = c.tenant_id"
                        + " AND o.complaint_id = c.id AND o.status <> 'closed')))"
                        + " ORDER BY c.id LIMIT " + PAGE,
                List.of(complaintsBefore, complaintsBefore),
                "UPDATE complaint SET contact_name = NULL, contact_phone = NULL, contact_erased_at = ?"
                        + " WHERE tenant_id = ? AND id = ?",
                "complaint",
                now);
        var objectionsBefore = Timestamp.from(now.minus(settings.objectionContact()));
        int objections = erase(
                "SELECT tenant_id, id FROM objection WHERE id > ? AND (filer_name IS NOT NULL OR contact IS NOT NULL)"
                        + " AND status IN ('accepted', 'rejected') AND decided_at < ? ORDER BY id LIMIT " + PAGE,
                List.of(objectionsBefore),
                "UPDATE objection SET filer_name = NULL, contact = NULL, contact_erased_at = ?"
                        + " WHERE tenant_id = ? AND id = ?",
                "objection",
                now);
        int addresses = 0;
        int n;
        do {
            n = jdbc.update(
                    "UPDATE complaint SET client_key = '' WHERE client_key <> '' AND filed_at < ? LIMIT " + PAGE,
                    Timestamp.from(now.minus(settings.clientAddress())));
            addresses += n;
        } while (n == PAGE);
        return new Erased(complaints, objections, addresses);
    }

    private int erase(String select, List<Object> since, String update, String entity, Instant now) {
        long after = 0;
        int erased = 0;
        while (true) {
            var args = new java.util.ArrayList<Object>();
            args.add(after);
            args.addAll(since);
            List<Object[]> rows =
                    jdbc.query(select, (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}, args.toArray());
            if (rows.isEmpty()) {
                return erased;
            }
            erased += tx.execute(status -> {
                int count = 0;
                for (Object[] row : rows) {
                    count += jdbc.update(update, Timestamp.from(now), row[0], row[1]);
                    history.record((String) row[0], entity, row[1], ACTION, "retention", "保存期限已满，联系方式已删除", Map.of());
                }
                return count;
            });
            after = (Long) rows.get(rows.size() - 1)[1];
        }
    }
}
