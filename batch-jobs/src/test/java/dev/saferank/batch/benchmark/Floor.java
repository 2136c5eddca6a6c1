package dev.saferank.batch.benchmark;

import dev.saferank.rating.run.StoredTrail;
import dev.saferank.scheme.Item;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The I/O floor of the rating job: the facts the job reads, streamed in agency order by plain JDBC
 * (one cursor per table, merged by agency id), and as many result rows of the job's shape written by
 * batched inserts into a scratch copy of rating_result. Single-threaded, nothing evaluated: the
 * least any implementation of the job has to do.
 */
final class Floor {

    /** What the floor did. */
    record Result(long agencies, long factRows, long resultRows, double seconds, double readSeconds, long trailBytes) {

        double agenciesPerSecond() {
            return agencies / seconds;
        }

        double rowsPerSecond() {
            return (factRows + resultRows) / seconds;
        }
    }

    static final String SCRATCH = "rating_result_floor";
    /** The small rows the job writes beside each result (V96: total, grade, trail digest, rank). */
    static final String SCRATCH_TOTALS = "rating_total_floor";

    private static final int BATCH = 500;

    private final String url;
    private final String username;
    private final String password;
    private final String tenant;
    private final int year;
    private final Scheme scheme;
    private final TrailShape trail;

    Floor(String url, String username, String password, String tenant, int year, Scheme scheme) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.tenant = tenant;
        this.year = year;
        this.scheme = scheme;
        this.trail = new TrailShape(scheme);
    }

    Result run() throws SQLException {
        try (var writer = connect()) {
            try (var statement = writer.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + SCRATCH + " LIKE rating_result");
                statement.execute("TRUNCATE TABLE " + SCRATCH);
                statement.execute("CREATE TABLE IF NOT EXISTS " + SCRATCH_TOTALS + " LIKE rating_total");
                statement.execute("TRUNCATE TABLE " + SCRATCH_TOTALS);
            }
            try {
                return measure(writer);
            } finally {
                try (var statement = writer.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS " + SCRATCH);
                    statement.execute("DROP TABLE IF EXISTS " + SCRATCH_TOTALS);
                }
            }
        }
    }

    private Result measure(Connection writer) throws SQLException {
        var yearStart = Date.valueOf(LocalDate.of(year, 1, 1));
        var nextYearStart = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        List<Rule> computed = scheme.allItems()
                .flatMap(item -> item.rules().stream())
                .filter(Rule.Computed.class::isInstance)
                .toList();
        long start = System.nanoTime();
        long readNanos = 0;
        long agencies = 0;
        long resultRows = 0;
        long trailBytes = 0;
        writer.setAutoCommit(false);
        List<FactCursor> cursors = new ArrayList<>();
        try (var insert = writer.prepareStatement(
                        "INSERT INTO " + SCRATCH
                                + " (tenant_id, run_id, agency_id, agency_name, category, district, exclusion_code, raw_total,"
                                + " total, grade, veto_codes, group_key, trail) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
                var small = writer.prepareStatement("INSERT INTO " + SCRATCH_TOTALS
                        + " (tenant_id, run_id, agency_id, total, group_key, vetoed, grade, trail_sha256, overall_rank,"
                        + " group_rank) VALUES (?, 1, ?, ?, NULL, 0, ?, ?, ?, NULL)")) {
            var agency = cursor(
                    cursors,
                    "agency",
                    "SELECT id, name, category, office_area FROM agency WHERE tenant_id = ? AND status = 'active' ORDER BY id",
                    tenant);
            var districts = cursor(
                    cursors,
                    "agency_district",
                    "SELECT ad.agency_id, d.name FROM agency_district ad JOIN district d"
                            + " ON d.tenant_id = ad.tenant_id AND d.code = ad.district_code"
                            + " WHERE ad.tenant_id = ? ORDER BY ad.agency_id, ad.district_code",
                    tenant);
            // staff and certificates as the job reads them: forward-only on their clustered keys, no subquery
            var staff = cursor(
                    cursors,
                    "staff",
                    "SELECT agency_id, id, full_time FROM staff FORCE INDEX (PRIMARY) WHERE tenant_id = ?"
                            + " AND status = 'active' ORDER BY agency_id, id",
                    tenant);
            var certificates = cursor(
                    cursors,
                    "staff_certificate",
                    "SELECT agency_id, staff_id, type FROM staff_certificate FORCE INDEX (PRIMARY) WHERE tenant_id = ?"
                            + " AND (valid_until IS NULL OR valid_until >= ?) ORDER BY agency_id, staff_id, id",
                    tenant,
                    yearStart);
            var engagements = cursor(
                    cursors,
                    "engagement",
                    "SELECT agency_id, SUM(contract_date >= ? AND contract_date < ?) FROM engagement"
                            + " WHERE tenant_id = ? AND status = 'active' GROUP BY agency_id ORDER BY agency_id",
                    yearStart,
                    nextYearStart,
                    tenant);
            var data = cursor(
                    cursors,
                    "agency_data",
                    "SELECT agency_id, field, value FROM agency_data WHERE tenant_id = ? AND year = ? ORDER BY agency_id",
                    tenant,
                    year);
            var findings = cursor(
                    cursors,
                    "finding",
                    "SELECT agency_id, rule_code, count, value, enterprise, of_count FROM finding FORCE INDEX (PRIMARY)"
                            + " WHERE tenant_id = ? AND year = ? AND kind = 'rule' AND status = 'confirmed'"
                            + " ORDER BY agency_id, id",
                    tenant,
                    year);
            var measurements = cursor(
                    cursors,
                    "measurement",
                    "SELECT agency_id, name, group_name, value, response FROM measurement FORCE INDEX (PRIMARY)"
                            + " WHERE tenant_id = ? AND year = ? AND status = 'active' ORDER BY agency_id, id",
                    tenant,
                    year);
            var sanctions = cursor(
                    cursors,
                    "sanction",
                    "SELECT agency_id, type, level FROM sanction WHERE tenant_id = ? AND year = ? AND status = 'active'"
                            + " ORDER BY agency_id, id",
                    tenant,
                    year);
            var honours = cursor(
                    cursors,
                    "honour",
                    "SELECT agency_id, level, cause FROM honour WHERE tenant_id = ? AND year = ? AND status = 'active'"
                            + " ORDER BY agency_id, id",
                    tenant,
                    year);
            int[] counts = trail.counts();
            var fullTime = new java.util.HashSet<Long>();
            var engineers = new java.util.HashSet<Long>();
            var facts = new AgencyFacts();
            long readStart = System.nanoTime();
            while (agencyRow(agency, facts)) {
                Arrays.fill(counts, 0);
                facts.reset();
                long id = facts.id;
                districts.forAgency(
                        id, row -> facts.district = facts.district == null ? row.getString(2) : facts.district);
                fullTime.clear();
                engineers.clear();
                staff.forAgency(id, row -> {
                    if (row.getBoolean(3)) {
                        fullTime.add(row.getLong(2));
                    }
                });
                certificates.forAgency(id, row -> {
                    String type = row.getString(3);
                    if ((type.equals("registeredSafetyEngineer") || type.equals("safetyEvaluator"))
                            && fullTime.contains(row.getLong(2))) {
                        engineers.add(row.getLong(2));
                    }
                });
                facts.engineers = engineers.size();
                engagements.forAgency(id, row -> facts.business = row.getInt(2));
                data.forAgency(id, row -> facts.dataValues++);
                findings.forAgency(id, row -> {
                    int rule = trail.index(row.getString(2));
                    if (rule >= 0) {
                        counts[rule] += row.getInt(3);
                    }
                    row.getBigDecimal(4);
                    row.getString(5);
                    row.getObject(6);
                    facts.findings++;
                });
                measurements.forAgency(id, row -> facts.measurements++);
                sanctions.forAgency(id, row -> count(counts, row.getString(2), row.getString(3)));
                honours.forAgency(id, row -> count(counts, "honour", row.getString(2)));
                computed.forEach(rule -> counts[trail.index(rule.code())] = 1);
                long readEnd = System.nanoTime();
                readNanos += readEnd - readStart;

                boolean excluded = facts.business == 0;
                String total = excluded ? null : Math.max(0, 100 - facts.findings) + ".0";
                String json = trail.json(counts, total == null ? "0" : total);
                StoredTrail.Written written = StoredTrail.write(json); // as the job: one UTF-8 encoding
                byte[] stored = written.stored();
                trailBytes += stored.length;
                insert.setString(1, tenant);
                insert.setLong(2, id);
                insert.setString(3, facts.name);
                insert.setString(4, facts.category);
                insert.setString(5, facts.district);
                insert.setString(6, excluded ? "E1" : null);
                insert.setString(7, total);
                insert.setString(8, total);
                insert.setString(9, excluded ? null : grade(100 - facts.findings));
                insert.setBytes(10, stored);
                insert.addBatch();
                small.setString(1, tenant);
                small.setLong(2, id);
                small.setString(3, total);
                small.setString(4, excluded ? null : grade(100 - facts.findings));
                small.setBytes(5, written.sha256());
                if (excluded) {
                    small.setNull(6, Types.INTEGER);
                } else {
                    small.setLong(6, agencies + 1);
                }
                small.addBatch();
                agencies++;
                if (agencies % BATCH == 0) {
                    resultRows += flush(insert, small, writer);
                }
                readStart = System.nanoTime();
            }
            resultRows += flush(insert, small, writer);
            for (FactCursor cursor : cursors) {
                if (cursor.hasMore()) {
                    throw new IllegalStateException(
                            cursor.name() + ": rows of agencies the agency table does not list");
                }
            }
        } finally {
            for (FactCursor cursor : cursors) {
                cursor.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long factRows = cursors.stream().mapToLong(FactCursor::read).sum();
        return new Result(agencies, factRows, resultRows, seconds, readNanos / 1e9, trailBytes);
    }

    private static boolean agencyRow(FactCursor agency, AgencyFacts facts) throws SQLException {
        facts.id = -1;
        agency.forNext(row -> {
            facts.id = row.getLong(1);
            facts.name = row.getString(2);
            facts.category = row.getString(3);
            row.getBigDecimal(4);
        });
        return facts.id >= 0;
    }

    private void count(int[] counts, String type, String level) {
        for (var item : (Iterable<Item>) scheme.allItems()::iterator) {
            for (Rule rule : item.rules()) {
                boolean applies =
                        switch (rule) {
                            case Rule.Honour h ->
                                type.equals("honour") && h.levels().stream().anyMatch(l -> l.id().equals(level));
                            case Rule.Sanction s ->
                                s.sanction().id().equals(type)
                                        && (s.levels().isEmpty()
                                                || s.levels().stream().anyMatch(l -> l.id().equals(level)));
                            default -> false;
                        };
                if (applies) {
                    counts[trail.index(rule.code())]++;
                }
            }
        }
    }

    private String grade(int total) {
        return total >= 90 ? "优秀" : total >= 80 ? "良好" : total >= 60 ? "合格" : "不合格";
    }

    private static long flush(PreparedStatement insert, PreparedStatement small, Connection writer)
            throws SQLException {
        int[] done = insert.executeBatch();
        small.executeBatch();
        writer.commit();
        return done.length;
    }

    private FactCursor cursor(List<FactCursor> cursors, String name, String sql, Object... args) throws SQLException {
        var cursor = new FactCursor(name, connect(), sql, args);
        cursors.add(cursor);
        return cursor;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** One agency's facts as far as the floor keeps them. */
    private static final class AgencyFacts {
        long id;
        String name;
        String category;
        String district;
        int engineers;
        int business;
        int dataValues;
        int findings;
        int measurements;

        void reset() {
            district = null;
            engineers = 0;
            business = 0;
            dataValues = 0;
            findings = 0;
            measurements = 0;
        }
    }
}
