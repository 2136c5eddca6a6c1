package dev.saferank.batch.publication.internal;

import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Scheme;
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

    private record Row(int year, String schemeVersion) {}

    private final JdbcTemplate jdbc;
    private final StoredSchemes schemes;

    RunSchemes(JdbcTemplate jdbc, StoredSchemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
    }

    /** The run if it exists in the tenant and is completed. */
    Optional<Run> completed(String tenant, long runId) {
        List<Row> rows = jdbc.query(
                "SELECT year, scheme_version FROM rating_run WHERE tenant_id = ? AND id = ? AND status = 'completed'",
                (rs, n) -> new Row(rs.getInt(1), rs.getString(2)),
                tenant,
                runId);
        return rows.stream().findFirst().flatMap(row -> schemes.version(tenant, row.schemeVersion())
                .map(compiled -> new Run(row.year(), row.schemeVersion(), compiled.scheme())));
    }
}
