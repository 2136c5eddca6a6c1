package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.RankValue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps the rank values of a chunk of eligible agencies (rating_rank_value); a repeat replaces them. */
class RankValueWriter implements ItemWriter<List<RankValue>> {

    private final JdbcTemplate jdbc;
    private final String tenant;
    private final long run;

    RankValueWriter(JdbcTemplate jdbc, String tenant, long run) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends List<RankValue>> chunk) {
        List<RankValue> values = new ArrayList<>();
        chunk.forEach(values::addAll);
        jdbc.batchUpdate(
                "INSERT INTO rating_rank_value (tenant_id, run_id, rule_code, agency_id, value) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value)",
                values,
                values.size(),
                (insert, v) -> {
                    insert.setString(1, tenant);
                    insert.setLong(2, run);
                    insert.setString(3, v.rule());
                    insert.setLong(4, Long.parseLong(v.agency()));
                    insert.setString(5, v.value().toPlainString());
                });
    }
}
