package dev.saferank.batch.rating.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ranks of a run's agencies as the rank step computed them (rating_total), by agency id: numbers
 * only, small even for a large tenant; an agency without a total has none.
 */
final class Ranks {

    /** An agency's overall rank and rank in its group (null without grouping). */
    record Rank(Integer overall, Integer inGroup) {}

    private final Map<Long, Rank> byAgency;

    private Ranks(Map<Long, Rank> byAgency) {
        this.byAgency = byAgency;
    }

    static Ranks of(JdbcTemplate jdbc, String tenant, long run) {
        Map<Long, Rank> ranks = new HashMap<>();
        jdbc.query(
                "SELECT agency_id, overall_rank, group_rank FROM rating_total"
                        + " WHERE tenant_id = ? AND run_id = ? AND overall_rank IS NOT NULL",
                rs -> {
                    ranks.put(rs.getLong(1), new Rank(rs.getObject(2, Integer.class), rs.getObject(3, Integer.class)));
                },
                tenant,
                run);
        return new Ranks(ranks);
    }

    Rank of(long agencyId) {
        return byAgency.getOrDefault(agencyId, new Rank(null, null));
    }
}
