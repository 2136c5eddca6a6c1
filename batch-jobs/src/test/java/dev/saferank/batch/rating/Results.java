package dev.saferank.batch.rating;

import dev.saferank.rating.run.CompactTrail;
import dev.saferank.rating.run.StoredTrail;
import dev.saferank.rating.run.TrailTemplate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The results of a run as a bureau reads them: one line per agency. */
record Results(Map<Long, Row> rows) {

    record Row(
            long agency,
            BigDecimal total,
            String grade,
            Integer overallRank,
            String groupKey,
            Integer groupRank,
            String exclusion,
            String vetoes,
            String trail) {}

    /** The rows with their full trails (as every query answers them), rebuilt from the stored ones (compressed compact trails). */
    static Results of(JdbcTemplate jdbc, String tenant, long run) {
        TrailTemplate template = jdbc
                .queryForList(
                        "SELECT trail_template FROM rating_run WHERE tenant_id = ? AND id = ?",
                        String.class,
                        tenant,
                        run)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(TrailTemplate::parse)
                .orElse(null);
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query(
                "SELECT r.agency_id, r.total, r.grade, t.overall_rank, r.group_key, t.group_rank, r.exclusion_code,"
                        + " r.veto_codes, r.trail FROM rating_result r LEFT JOIN rating_total t ON t.tenant_id = r.tenant_id"
                        + " AND t.run_id = r.run_id AND t.agency_id = r.agency_id"
                        + " WHERE r.tenant_id = ? AND r.run_id = ? ORDER BY r.agency_id",
                rs -> {
                    rows.put(
                            rs.getLong(1),
                            new Row(
                                    rs.getLong(1),
                                    rs.getBigDecimal(2),
                                    rs.getString(3),
                                    rs.getObject(4, Integer.class),
                                    rs.getString(5),
                                    rs.getObject(6, Integer.class),
                                    rs.getString(7),
                                    rs.getString(8),
                                    full(template, StoredTrail.decode(rs.getBytes(9)))));
                },
                tenant,
                run);
        return new Results(rows);
    }

    private static String full(TrailTemplate template, String logical) {
        return CompactTrail.isCompact(logical) ? CompactTrail.full(template, logical) : logical;
    }

    Row of(long agency) {
        return rows.get(agency);
    }
}
