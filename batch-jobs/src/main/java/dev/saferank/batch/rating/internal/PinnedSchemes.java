package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine of the scheme version a run pins, compiled once per version from the source stored in
 * scheme_version (a stored version never changes), shared by the partitions of a run.
 */
@Component
class PinnedSchemes {

    private final JdbcTemplate jdbc;
    private final Map<String, ScoringEngine> engines = new ConcurrentHashMap<>();

    PinnedSchemes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ScoringEngine engine(String tenant, String version) {
        return engines.computeIfAbsent(tenant + "\n" + version, key -> {
            String source = jdbc.queryForObject(
                    "SELECT source FROM scheme_version WHERE tenant_id = ? AND version = ?",
                    String.class,
                    tenant,
                    version);
            return new ScoringEngine(SchemeLoader.fromYaml(source));
        });
    }
}
