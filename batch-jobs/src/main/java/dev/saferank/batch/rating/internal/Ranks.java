package dev.saferank.batch.rating.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The totals of the first pass and the ranks the rank step computed from them (rating_total), by agency
 * id: numbers only, small even for a large tenant; an agency without a total has no rank.
 */
final class Ranks {

    /**
     * An agency's total of the first pass, its overall rank and rank in its group (null without
     * grouping); all null for an agency without a total.
     */
    record Rank(java.math.BigDecimal total, Integer overall, Integer inGroup) {

        /** Whether the evaluation pass found the total the ranks were computed from. */
        boolean sameTotal(java.math.BigDecimal evaluated) {
            return total == null ? evaluated == null : evaluated != null && total.compareTo(evaluated) == 0;
        }
    }

    private final Map<Long, Rank> byAgency;

    private Ranks(Map<Long, Rank> byAgency) {
        this.byAgency = byAgency;
    }

    static Ranks of(JdbcTemplate jdbc, String tenant, long run) {
        Map<Long, Rank> ranks = new HashMap<>();
        jdbc.query(
                "SELECT agency_id, total, overall_rank, group_rank FROM rating_total WHERE tenant_id = ? AND run_id = ?",
                rs -> {
                    ranks.put(
                            rs.getLong(1),
                            new Rank(
                                    rs.getBigDecimal(2),
                                    rs.getObject(3, Integer.class),
                                    rs.getObject(4, Integer.class)));
                },
                tenant,
                run);
        return new Ranks(ranks);
    }

    Rank of(long agencyId) {
        return byAgency.getOrDefault(agencyId, new Rank(null, null, null));
    }
}
