package dev.saferank.platform.isolation;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row a tenant owns, table by table, as one comparable value: a probe that changed anything
 * of the victim tenant shows up as a difference.
 */
final class TenantSnapshot {

    private final JdbcTemplate jdbc;

    TenantSnapshot(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The audit trail is left out: a probe refused by role in the victim's city (its agency user, its county
     * staff) is recorded there as an attempt (ACCESS_REFUSED, AuditLogIT), by design; it changes no data.
     */
    private static final List<String> BOOKKEEPING = List.of("audit_record", "audit_chain_head");

    /**
     * The district of the victim's agency (丰泽区): another county of the tenant (惠安县) legitimately rates its own
     * district ({@code rateCounty}), so its county ratings, their entries and their history are not the victim's.
     */
    static final String VICTIM_DISTRICT = "350503";

    private static final String OTHER_COUNTY_RATING =
            "SELECT id FROM county_rating o WHERE o.tenant_id = ? AND o.district_code <> '" + VICTIM_DISTRICT + "'";

    /** Rows of the tenant by table (tables with a tenant_id column), in a stable order. */
    Map<String, List<Map<String, Object>>> of(String tenant) {
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        for (String table : tablesWith("tenant_id")) {
            if (BOOKKEEPING.contains(table)) {
                continue;
            }
            String notAnotherCounty =
                    switch (table) {
                        case "county_rating" -> " AND district_code = '" + VICTIM_DISTRICT + "'";
                        case "county_rating_entry" -> " AND rating_id NOT IN (" + OTHER_COUNTY_RATING + ")";
                        case "change_history" ->
                            " AND NOT (entity_type = 'countyRating' AND CAST(entity_id AS UNSIGNED) IN (SELECT id FROM ("
                                    + OTHER_COUNTY_RATING + ") x))";
                        default -> "";
                    };
            List<Object> args = notAnotherCounty.contains("?") ? List.of(tenant, tenant) : List.of(tenant);
            rows.put(
                    table,
                    jdbc
                            .queryForList(
                                    "SELECT * FROM " + table + " WHERE tenant_id = ?" + notAnotherCounty
                                            + " ORDER BY 1, 2, 3",
                                    args.toArray())
                            .stream()
                            .map(TenantSnapshot::comparable)
                            .toList());
        }
        return rows;
    }

    /**
     * A row whose binary values (a compressed trail, V112; a digest) compare by content: a {@code byte[]} is
     * equal only to itself, so two reads of the same unchanged row would differ.
     */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(
                column, value instanceof byte[] bytes ? "0x" + HexFormat.of().formatHex(bytes) : value));
        return out;
    }

    /** Rows of other tenants that point at the victim's agencies (a cross-tenant reference). */
    int foreignReferences(String victim, List<Long> agencyIds) {
        int found = 0;
        String ids = String.join(",", agencyIds.stream().map(String::valueOf).toList());
        for (String table : tablesWith("agency_id")) {
            Integer count = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM " + table + " WHERE tenant_id <> ? AND agency_id IN (" + ids + ")",
                    Integer.class,
                    victim);
            found += count == null ? 0 : count;
        }
        return found;
    }

    private List<String> tablesWith(String column) {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND column_name = ? ORDER BY table_name",
                String.class,
                column);
    }
}
