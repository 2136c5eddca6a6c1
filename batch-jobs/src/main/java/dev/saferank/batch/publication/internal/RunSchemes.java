package dev.saferank.batch.publication.internal;

import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The scheme version a run pinned, whose publication rules apply to its results. */
@Component
class RunSchemes {

    /**
     * A completed run of the tenant.
     *
     * @param year its year
     * @param schemeVersion the pinned scheme version
     * @param scheme the scheme
     */
    record Run(int year, String schemeVersion, Scheme scheme) {}

    private final JdbcTemplate jdbc;

    RunSchemes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The run if it exists in the tenant and is completed. */
    Optional<Run> completed(String tenant, long runId) {
        List<Run> runs = jdbc.query(
                "SELECT r.year, r.scheme_version, v.source FROM rating_run r JOIN scheme_version v"
                        + " ON v.tenant_id = r.tenant_id AND v.version = r.scheme_version"
                        + " WHERE r.tenant_id = ? AND r.id = ? AND r.status = 'completed'",
                (rs, n) -> new Run(
                        rs.getInt("year"),
                        rs.getString("scheme_version"),
                        SchemeLoader.fromYaml(rs.getString("source"))),
                tenant,
                runId);
        return runs.stream().findFirst();
    }
}
