package dev.saferank.platform.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves stored personal data to the current keys: contacts written in clear before encryption are sealed,
 * contacts sealed under an older key are sealed again under the current one, and ID-number hashes made under
 * an older key are hashed on ({@link KeyedHash#rekeyed}). Rows are read in key order, 500 at a time; each
 * update names the value it replaces, so a row changed meanwhile is left for the next pass. Progress is logged
 * (counts only, never a value). Runs on every start before the API answers, and as the operator's command.
 */
final class Rekeying {

    private static final Logger log = LoggerFactory.getLogger(Rekeying.class);
    private static final int PAGE = 500;

    /** A table whose columns hold sealed personal data (the column names are the associated data). */
    record SealedTable(String table, List<String> columns) {}

    static final List<SealedTable> SEALED = List.of(
            new SealedTable("complaint", List.of("contact_name", "contact_phone")),
            new SealedTable("objection", List.of("filer_name", "contact")));

    /** What a pass did. */
    record Outcome(long sealed, long hashes, long unknownKeys) {}

    private final JdbcTemplate jdbc;
    private final PersonalData personal;
    private final KeyedHash idHashes;
    private final String currentPersonalKey;
    private long unreadableRows;

    Rekeying(JdbcTemplate jdbc, PersonalData personal, KeyedHash idHashes, String currentPersonalKey) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.idHashes = idHashes;
        this.currentPersonalKey = currentPersonalKey;
    }

    /** @param tenant one tenant only, or null for all */
    synchronized Outcome run(String tenant) {
        unreadableRows = 0;
        long sealed = 0;
        for (var table : SEALED) {
            sealed += seal(table, tenant);
        }
        if (unreadableRows > 0) {
            log.error(
                    "personal data: {} rows are sealed under keys saferank.keys.personal-data lacks (or were altered):"
                            + " add the former key before the current one (README, Security)",
                    unreadableRows);
        }
        long[] hashes = staffHashes(tenant);
        return new Outcome(sealed, hashes[0], hashes[1] + unreadableRows);
    }

    private long seal(SealedTable t, String tenant) {
        String pattern = PersonalData.PREFIX + currentPersonalKey + ":%";
        String stale = String.join(
                " OR ", t.columns().stream().map(c -> c + " NOT LIKE ?").toList());
        String sql = "SELECT tenant_id, id, " + String.join(", ", t.columns()) + " FROM " + t.table()
                + " WHERE id > ? AND (" + stale + ")" + (tenant == null ? "" : " AND tenant_id = ?")
                + " ORDER BY id LIMIT " + PAGE;
        String update = "UPDATE " + t.table() + " SET "
                + String.join(", ", t.columns().stream().map(c -> c + " = ?").toList())
                + " WHERE tenant_id = ? AND id = ? AND "
                + String.join(
                        " AND ", t.columns().stream().map(c -> c + " <=> ?").toList());
        long after = 0;
        long done = 0;
        while (true) {
            var args = new ArrayList<Object>();
            args.add(after);
            t.columns().forEach(c -> args.add(pattern));
            if (tenant != null) {
                args.add(tenant);
            }
            List<Object[]> rows = jdbc.query(
                    sql,
                    (rs, n) -> {
                        Object[] row = new Object[2 + t.columns().size()];
                        row[0] = rs.getString(1);
                        row[1] = rs.getLong(2);
                        for (int i = 0; i < t.columns().size(); i++) {
                            row[2 + i] = rs.getString(3 + i);
                        }
                        return row;
                    },
                    args.toArray());
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> updates = new ArrayList<>();
            for (Object[] row : rows) {
                String rowTenant = (String) row[0];
                // the UPDATE's parameters: new values, tenant, id, the values they replace
                Object[] u = new Object[2 + 2 * t.columns().size()];
                try {
                    for (int i = 0; i < t.columns().size(); i++) {
                        String column = t.table() + "." + t.columns().get(i);
                        String stored = (String) row[2 + i];
                        u[i] = personal.current(stored)
                                ? stored
                                : personal.seal(column, rowTenant, personal.open(column, rowTenant, stored));
                        u[2 + t.columns().size() + i] = stored;
                    }
                } catch (RuntimeException unreadable) {
                    // under a key the ring lacks, or altered: left as it is, counted, never logged
                    unreadableRows++;
                    continue;
                }
                u[t.columns().size()] = rowTenant;
                u[t.columns().size() + 1] = row[1];
                updates.add(u);
            }
            done += Arrays.stream(jdbc.batchUpdate(update, updates))
                    .filter(n -> n > 0)
                    .count();
            after = (Long) rows.get(rows.size() - 1)[1];
            log.info("personal data: {} rows of {} sealed under key {} so far", done, t.table(), currentPersonalKey);
        }
        return done;
    }

    private long[] staffHashes(String tenant) {
        String current = idHashes.currentKeyId();
        long after = 0;
        long done = 0;
        long unknown = 0;
        while (true) {
            var args = new ArrayList<Object>(List.of(after, current));
            if (tenant != null) {
                args.add(tenant);
            }
            List<Object[]> rows = jdbc.query(
                    "SELECT tenant_id, id, id_hash, id_hash_key FROM staff WHERE id > ? AND id_hash_key <> ?"
                            + (tenant == null ? "" : " AND tenant_id = ?") + " ORDER BY id LIMIT " + PAGE,
                    (rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)},
                    args.toArray());
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> updates = new ArrayList<>();
            for (Object[] row : rows) {
                try {
                    var moved = idHashes.rekeyed(new KeyedHash.Hash((String) row[3], (String) row[2]));
                    updates.add(new Object[] {moved.hex(), moved.keyId(), row[0], row[1], row[3]});
                } catch (IllegalStateException notInRing) {
                    unknown++;
                }
            }
            done += Arrays.stream(jdbc.batchUpdate(
                            "UPDATE staff SET id_hash = ?, id_hash_key = ? WHERE tenant_id = ? AND id = ?"
                                    + " AND id_hash_key = ?",
                            updates))
                    .filter(n -> n > 0)
                    .count();
            after = (Long) rows.get(rows.size() - 1)[1];
            log.info("ID-number hashes: {} staff rows moved to key {} so far", done, current);
        }
        if (unknown > 0) {
            log.error(
                    "ID-number hashes: {} staff rows were made under keys saferank.keys.id-hash lacks: add the former"
                            + " key before the current one (README, Security), or the same person is no longer found"
                            + " across agencies",
                    unknown);
        }
        return new long[] {done, unknown};
    }
}
