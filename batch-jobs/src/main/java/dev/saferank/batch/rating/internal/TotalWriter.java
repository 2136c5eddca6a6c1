package dev.saferank.batch.rating.internal;

import java.sql.Types;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps a chunk of totals (rating_total) in one batched statement; a repeat replaces them. */
class TotalWriter implements ItemWriter<Total> {

    private final JdbcTemplate jdbc;
    private final String tenant;
    private final long run;

    TotalWriter(JdbcTemplate jdbc, String tenant, long run) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends Total> chunk) {
        jdbc.batchUpdate(
                "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, group_key, vetoed) VALUES (?, ?, ?, ?,"
                        + " ?, ?) ON DUPLICATE KEY UPDATE total = VALUES(total), group_key = VALUES(group_key),"
                        + " vetoed = VALUES(vetoed)",
                chunk.getItems(),
                chunk.size(),
                (insert, t) -> {
                    insert.setString(1, tenant);
                    insert.setLong(2, run);
                    insert.setLong(3, t.agencyId());
                    insert.setObject(4, t.total(), Types.DECIMAL);
                    insert.setString(5, t.groupKey());
                    insert.setBoolean(6, t.vetoed());
                });
    }
}
