package dev.saferank.platform.isolation;

import dev.saferank.platform.TestData;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim tenant's private rows, each carrying a marker string that must never appear in an
 * answer to a caller outside the tenant (or to an agency user who does not own the agency).
 */
record Victim(String tenant, long agencyId, long findingId, List<String> markers) {

    static Victim create(JdbcTemplate jdbc, TestData data, String tenant) {
        String nonce = Long.toString(System.nanoTime(), 36);
        String agencyName = "探针机构" + nonce;
        String evidence = "探针证据" + nonce;
        String staffName = "探针人员" + nonce;
        String reason = "探针处罚" + nonce;
        data.activeSeedScheme(tenant, "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        long agency = data.agency(tenant, agencyName, "standardisation");
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'probe')",
                tenant,
                agency,
                staffName,
                "%064d".formatted(System.nanoTime()));
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, rule_code, evidence, source, status, recorded_by)"
                        + " VALUES (?, ?, 2023, '14.5a', ?, 'routineInspection', 'confirmed', 'probe')",
                tenant,
                agency,
                evidence);
        long finding = jdbc.queryForObject(
                "SELECT id FROM finding WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agency);
        jdbc.update(
                "INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by)"
                        + " VALUES (?, ?, 2023, 'interview', 'city', '2023-07-20', '泉州市应急管理局', ?, 'probe')",
                tenant,
                agency,
                reason);
        return new Victim(tenant, agency, finding, List.of(agencyName, evidence, staffName, reason, nonce));
    }

    /** Victim ids by argument name, for {@link ProbeValues}. */
    Map<String, String> idsByName() {
        String agency = Long.toString(agencyId);
        String finding = Long.toString(findingId);
        return Map.of(
                "agencyId", agency,
                "agency.id", agency,
                "findingId", finding,
                "finding.id", finding,
                "id", agency);
    }

    /** The first marker found in a text, if any. */
    java.util.Optional<String> markerIn(String text) {
        return markers.stream().filter(text::contains).findFirst();
    }
}
