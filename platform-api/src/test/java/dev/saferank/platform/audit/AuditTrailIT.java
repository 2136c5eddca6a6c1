package dev.saferank.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.audit.AuditEvent;
import dev.saferank.rating.audit.AuditQuery;
import dev.saferank.rating.audit.AuditRecord;
import dev.saferank.rating.audit.AuditTrail;
import dev.saferank.rating.audit.AuditVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail on the real database: appends chain, concurrent appends do not fork the chain, and a
 * changed, deleted or cut-off record is detected by the verification. Each test has a chain (tenant) of
 * its own, so the tampering never touches another test's records.
 */
@RealServersTest
class AuditTrailIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    private static String chain() {
        return "audit-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<AuditRecord> appendThree(String tenant) {
        List<AuditRecord> records = new ArrayList<>();
        records.add(
                trail.record(AuditEvent.of(tenant, "admin-a", "10.0.0.1", AuditAction.SCHEME_UPLOADED, "scheme", "v1")
                        .with("fileName", "方案.yaml")));
        records.add(trail.record(
                AuditEvent.of(tenant, "admin-a", "10.0.0.1", AuditAction.SCHEME_ACTIVATED, "scheme", "v1")));
        records.add(
                trail.record(AuditEvent.of(tenant, "admin-b", "10.0.0.2", AuditAction.RATING_STARTED, "ratingRun", 42)
                        .with("year", 2019)));
        return records;
    }

    @Test
    void appendsLinkEachRecordToItsPredecessor() {
        String tenant = chain();
        List<AuditRecord> r = appendThree(tenant);

        assertThat(r).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
        assertThat(r.get(0).prevHash()).isEqualTo("0".repeat(64));
        assertThat(r.get(1).prevHash()).isEqualTo(r.get(0).hash());
        assertThat(r.get(2).prevHash()).isEqualTo(r.get(1).hash());
        AuditVerification v = trail.verify(tenant);
        assertThat(v.intact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(3);
        assertThat(v.headHash()).isEqualTo(r.get(2).hash());

        // read back newest first, with the details as recorded
        List<AuditRecord> read = trail.find(AuditQuery.ofTenant(tenant), 0, 10);
        assertThat(read)
                .extracting(AuditRecord::action)
                .containsExactly("RATING_STARTED", "SCHEME_ACTIVATED", "SCHEME_UPLOADED");
        assertThat(read.get(2).details()).containsEntry("fileName", "方案.yaml");
        assertThat(read.get(0).actionLabel()).isEqualTo("启动年度考评");
        assertThat(trail.count(new AuditQuery(tenant, "admin-a", null, null, null, null, null)))
                .isEqualTo(2);
    }

    @Test
    void aChangedRecordIsDetected() {
        String tenant = chain();
        appendThree(tenant);

        // someone with database access rewrites who did it
        jdbc.update("UPDATE audit_record SET actor = 'somebody-else' WHERE tenant_id = ? AND seq = 2", tenant);

        AuditVerification v = trail.verify(tenant);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(2);
        assertThat(v.problem()).contains("第2条记录的内容已被改动");
    }

    @Test
    void aChangedRecordWithARecomputedHashBreaksTheNextLink() {
        String tenant = chain();
        appendThree(tenant);

        // a forger who also recomputes the record's own hash still cannot make the successor link to it
        jdbc.update(
                "UPDATE audit_record SET details = NULL, hash = ? WHERE tenant_id = ? AND seq = 1",
                "f".repeat(64),
                tenant);

        AuditVerification v = trail.verify(tenant);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(1);
    }

    @Test
    void aDeletedRecordIsDetected() {
        String tenant = chain();
        appendThree(tenant);

        jdbc.update("DELETE FROM audit_record WHERE tenant_id = ? AND seq = 2", tenant);

        AuditVerification v = trail.verify(tenant);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(2);
        assertThat(v.problem()).contains("第2条记录缺失");
    }

    @Test
    void aDeletedLastRecordIsDetected() {
        String tenant = chain();
        appendThree(tenant);

        jdbc.update("DELETE FROM audit_record WHERE tenant_id = ? AND seq = 3", tenant);

        AuditVerification v = trail.verify(tenant);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("链尾与链头不符");
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        String tenant = chain();
        int threads = 8;
        int each = 25;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < each; i++) {
                        trail.record(AuditEvent.of(
                                        tenant, "user-" + thread, "10.0.0." + thread, AuditAction.EXPORTED, "export", i)
                                .with("rows", i));
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        // 200 records, seq 1..200 without gaps, every prev_hash used exactly once: a single chain
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE tenant_id = ?", Integer.class, tenant))
                .isEqualTo(threads * each);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT prev_hash) FROM audit_record WHERE tenant_id = ?",
                        Integer.class,
                        tenant))
                .isEqualTo(threads * each);
        assertThat(jdbc.queryForObject("SELECT MAX(seq) FROM audit_record WHERE tenant_id = ?", Integer.class, tenant))
                .isEqualTo(threads * each);
        AuditVerification v = trail.verify(tenant);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(threads * each);
    }
}
