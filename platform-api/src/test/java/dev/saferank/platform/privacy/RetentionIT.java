package dev.saferank.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job erases contacts whose period (365 days by default) has passed since the complaint was
 * closed or the objection decided, and nothing else; each erasure is in the record's history. Rows of a
 * tenant of their own.
 */
@RealServersTest
class RetentionIT {

    private static final String TENANT = "retention-it";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Retention retention;

    @Autowired
    PersonalData personal;

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM complaint WHERE tenant_id = ?", TENANT);
        jdbc.update("DELETE FROM enforcement_case WHERE tenant_id = ?", TENANT);
        jdbc.update("DELETE FROM objection WHERE tenant_id = ?", TENANT);
        jdbc.update("DELETE FROM change_history WHERE tenant_id = ?", TENANT);
    }

    @Test
    void closedComplaintsAndDecidedObjectionsLoseTheirContactsAfterTheirPeriodAndNothingElseDoes() {
        Instant now = Instant.parse("2026-06-30T00:00:00Z");
        Instant longAgo = now.minus(Duration.ofDays(366));
        Instant recently = now.minus(Duration.ofDays(364));
        long closedLongAgo = complaint("A", "closed", longAgo);
        long closedRecently = complaint("B", "closed", recently);
        long stillOpenFromLongAgo = complaint("C", "triaged", longAgo);
        long caseClosedLongAgo = complaint("D", "caseOpened", longAgo);
        caseOf(caseClosedLongAgo, "closed", longAgo);
        long caseStillOpen = complaint("E", "caseOpened", longAgo);
        caseOf(caseStillOpen, "open", null);
        long decidedLongAgo = objection("A", "rejected", longAgo);
        long decidedRecently = objection("B", "accepted", recently);
        long undecided = objection("C", "open", null);

        var erased = retention.enforce(now);

        assertThat(erased.complaintContacts()).isEqualTo(2);
        assertThat(erased.objectionContacts()).isEqualTo(1);
        assertThat(contactOf("complaint", closedLongAgo)).isEmpty();
        assertThat(contactOf("complaint", caseClosedLongAgo)).isEmpty();
        assertThat(contactOf("complaint", closedRecently)).hasSize(2);
        assertThat(contactOf("complaint", stillOpenFromLongAgo)).hasSize(2);
        assertThat(contactOf("complaint", caseStillOpen)).hasSize(2);
        assertThat(contactOf("objection", decidedLongAgo)).isEmpty();
        assertThat(contactOf("objection", decidedRecently)).hasSize(2);
        assertThat(contactOf("objection", undecided)).hasSize(2);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(entity_type, ':', entity_id) FROM change_history WHERE tenant_id = ?"
                                + " AND action = 'personalDataErased' AND actor = 'retention'",
                        String.class,
                        TENANT))
                .containsExactlyInAnyOrder(
                        "complaint:" + closedLongAgo, "complaint:" + caseClosedLongAgo, "objection:" + decidedLongAgo);
        // the complainants' address hashes are kept one day only (the rate limit looks back an hour)
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM complaint WHERE tenant_id = ? AND client_key <> ''",
                        Integer.class,
                        TENANT))
                .isZero();
        // a second run finds nothing left to erase
        assertThat(retention.enforce(now).complaintContacts()).isZero();
    }

    private long complaint(String code, String status, Instant updated) {
        jdbc.update(
                "INSERT INTO complaint (tenant_id, tracking_code, agency_name, subject, body, contact_name,"
                        + " contact_phone, client_key, status, filed_at, updated_at)"
                        + " VALUES (?, ?, '某机构', '事项', '内容', ?, ?, ?, ?, ?, ?)",
                TENANT,
                "RETENTIONIT0000" + code,
                personal.seal("complaint.contact_name", TENANT, "周九"),
                personal.seal("complaint.contact_phone", TENANT, "13700137000"),
                "a".repeat(64),
                status,
                Timestamp.from(updated),
                Timestamp.from(updated));
        return jdbc.queryForObject(
                "SELECT id FROM complaint WHERE tracking_code = ?", Long.class, "RETENTIONIT0000" + code);
    }

    private void caseOf(long complaint, String status, Instant closed) {
        jdbc.update(
                "INSERT INTO enforcement_case (tenant_id, complaint_id, agency_id, title, status, opened_by, closed_at)"
                        + " VALUES (?, ?, 1, '案件', ?, 'test', ?)",
                TENANT,
                complaint,
                status,
                closed == null ? null : Timestamp.from(closed));
    }

    private long objection(String code, String status, Instant decided) {
        jdbc.update(
                "INSERT INTO objection (tenant_id, notice_id, agency_id, tracking_code, filer_kind, filer_name, contact,"
                        + " reason, status, decided_at) VALUES (?, 1, 1, ?, 'public', ?, ?, '理由理由理由', ?, ?)",
                TENANT,
                "RETENTIONIT" + code,
                personal.seal("objection.filer_name", TENANT, "吴十"),
                personal.seal("objection.contact", TENANT, "13600136000"),
                status,
                decided == null ? null : Timestamp.from(decided));
        return jdbc.queryForObject(
                "SELECT id FROM objection WHERE tracking_code = ?", Long.class, "RETENTIONIT" + code);
    }

    /** The contact columns still holding a value. */
    private java.util.List<Object> contactOf(String table, long id) {
        Map<String, Object> row = "complaint".equals(table)
                ? jdbc.queryForMap("SELECT contact_name a, contact_phone b FROM complaint WHERE id = ?", id)
                : jdbc.queryForMap("SELECT filer_name a, contact b FROM objection WHERE id = ?", id);
        return row.values().stream().filter(java.util.Objects::nonNull).toList();
    }
}
