package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.RankPoints;
import dev.saferank.scheme.RankValue;
import dev.saferank.scheme.ScoringEngine;
import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rank points of a run, built from the rank values its first pass kept (numbers only: small). */
final class RankValues {

    private RankValues() {}

    static RankPoints points(JdbcTemplate jdbc, ScoringEngine engine, String tenant, long run) {
        if (!engine.hasRankRules()) {
            return RankPoints.NONE;
        }
        var values = jdbc.query(
                "SELECT rule_code, agency_id, value FROM rating_rank_value WHERE tenant_id = ? AND run_id = ?",
                (rs, n) ->
                        new RankValue(String.valueOf(rs.getLong(2)), rs.getString(1), new BigDecimal(rs.getString(3))),
                tenant,
                run);
        return engine.rankPoints(values);
    }
}
