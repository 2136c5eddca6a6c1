package dev.saferank.platform.spreadsheet;

import dev.saferank.platform.spreadsheet.ImportRows.AgencyRow;
import dev.saferank.platform.spreadsheet.ImportRows.Certificate;
import dev.saferank.platform.spreadsheet.ImportRows.EngagementRow;
import dev.saferank.platform.spreadsheet.ImportRows.StaffRow;
import dev.saferank.platform.staff.PersonIds;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a checked sheet in batches (the driver rewrites each batch into multi-row inserts): agencies and
 * their districts, staff and certificates, engagements, and a history row for each as the pages write
 * them ({@code registered}, {@code added}, {@code recorded}, reason 表格导入). Runs inside the import's
 * transaction; ids are read back by the rows' natural keys (credit code; agency and ID-number hash).
 */
@Component
class AgencySheetWriter {

    private static final String REASON = "表格导入";

    private final JdbcTemplate jdbc;
    private final PersonIds people;
    private final JsonMapper json = JsonMapper.shared();

    AgencySheetWriter(JdbcTemplate jdbc, PersonIds people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    void write(String tenant, ImportRows rows, Map<String, Long> registered, String actor) {
        Map<String, Long> agencyIds = new HashMap<>(registered);
        agencyIds.putAll(agencies(tenant, rows.agencies(), actor));
        staff(tenant, rows.staff(), agencyIds, actor);
        engagements(tenant, rows.engagements(), agencyIds, actor);
    }

    private Map<String, Long> agencies(String tenant, List<AgencyRow> agencies, String actor) {
        if (agencies.isEmpty()) {
            return Map.of();
        }
        jdbc.batchUpdate(
                "INSERT INTO agency (tenant_id, credit_code, name, category, qualifications, office_area, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                agencies.stream()
                        .map(a -> new Object[] {
                            tenant, a.creditCode(), a.name(), a.category(), a.qualifications(), a.officeArea(), actor
                        })
                        .toList());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (List<AgencyRow> part : parts(agencies)) {
            List<Object> args = new ArrayList<>(List.of(tenant));
            part.forEach(a -> args.add(a.creditCode()));
            jdbc.query(
                    "SELECT id, credit_code FROM agency WHERE tenant_id = ? AND credit_code IN (" + marks(part.size())
                            + ")",
                    rs -> {
                        ids.put(rs.getString("credit_code"), rs.getLong("id"));
                    },
                    args.toArray());
        }
        List<Object[]> districts = new ArrayList<>();
        agencies.forEach(
                a -> a.districts().forEach(d -> districts.add(new Object[] {tenant, ids.get(a.creditCode()), d})));
        if (!districts.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES (?, ?, ?)", districts);
        }
        history(
                tenant,
                "agency",
                "registered",
                actor,
                agencies.stream()
                        .map(a -> new Object[] {ids.get(a.creditCode()), Map.of("agency", a, "sheetRow", a.row())})
                        .toList());
        return ids;
    }

    private void staff(String tenant, List<StaffRow> staff, Map<String, Long> agencyIds, String actor) {
        if (staff.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, id_hash_key, full_time, title, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                staff.stream()
                        .map(s -> new Object[] {
                            tenant,
                            agencyIds.get(s.agencyCode()),
                            s.name(),
                            s.idHash(),
                            people.hashKeyId(),
                            s.fullTime(),
                            s.title(),
                            actor
                        })
                        .toList());
        Map<String, Long> ids = new HashMap<>();
        for (List<StaffRow> part : parts(staff)) {
            List<Object> args = new ArrayList<>(List.of(tenant));
            part.forEach(s -> args.add(s.idHash()));
            jdbc.query(
                    "SELECT id, agency_id, id_hash FROM staff WHERE tenant_id = ? AND id_hash IN (" + marks(part.size())
                            + ")",
                    rs -> {
                        ids.put(rs.getLong("agency_id") + ":" + rs.getString("id_hash"), rs.getLong("id"));
                    },
                    args.toArray());
        }
        List<Object[]> certificates = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (StaffRow s : staff) {
            long agency = agencyIds.get(s.agencyCode());
            long id = ids.get(agency + ":" + s.idHash());
            for (Certificate c : s.certificates()) {
                certificates.add(new Object[] {
                    tenant,
                    agency,
                    id,
                    c.type(),
                    c.number(),
                    c.validUntil() == null ? null : Date.valueOf(c.validUntil())
                });
            }
            // the snapshot never holds the ID number or its hash
            changes.add(new Object[] {
                id,
                Map.of(
                        "name",
                        s.name(),
                        "fullTime",
                        s.fullTime(),
                        "certificates",
                        s.certificates(),
                        "sheetRow",
                        s.row())
            });
        }
        if (!certificates.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number, valid_until)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    certificates);
        }
        history(tenant, "staff", "added", actor, changes);
    }

    private void engagements(
            String tenant, List<EngagementRow> engagements, Map<String, Long> agencyIds, String actor) {
        if (engagements.isEmpty()) {
            return;
        }
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM engagement", Long.class);
        jdbc.batchUpdate(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, enterprise_credit_code, district_code,"
                        + " service_type, contract_date, amount, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                engagements.stream()
                        .map(e -> new Object[] {
                            tenant,
                            agencyIds.get(e.agencyCode()),
                            e.enterprise(),
                            e.enterpriseCode(),
                            e.district(),
                            e.serviceType(),
                            Date.valueOf(e.contractDate()),
                            e.amount(),
                            actor
                        })
                        .toList());
        List<Object[]> changes = new ArrayList<>();
        jdbc.query(
                "SELECT id FROM engagement WHERE tenant_id = ? AND id > ? AND created_by = ? ORDER BY id",
                rs -> {
                    changes.add(new Object[] {rs.getLong("id"), Map.of("source", REASON)});
                },
                tenant,
                before,
                actor);
        history(tenant, "engagement", "recorded", actor, changes);
    }

    /** History rows: {entity id, snapshot} each. */
    private void history(String tenant, String type, String action, String actor, List<Object[]> rows) {
        jdbc.batchUpdate(
                "INSERT INTO change_history (tenant_id, entity_type, entity_id, action, actor, reason, snapshot)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows.stream()
                        .map(r -> new Object[] {
                            tenant, type, String.valueOf(r[0]), action, actor, REASON, json.writeValueAsString(r[1])
                        })
                        .toList());
    }

    private static <T> List<List<T>> parts(List<T> rows) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 500) {
            parts.add(rows.subList(i, Math.min(rows.size(), i + 500)));
        }
        return parts;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
