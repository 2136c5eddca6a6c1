package dev.saferank.batch.rating;

import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.SchemeLoader;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Queues a rating run of a tenant and year under the scheme version active for the year. A worker (of
 * any node) then runs it. While a run of the same tenant and year is queued or running, a second
 * request is refused on every node: the unique {@code rating_run.active_key} is the guard.
 */
@Service
public class RatingRequests {

    private final JdbcTemplate jdbc;

    RatingRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a run.
     *
     * @param tenant the tenant, from the caller's token (never from input)
     * @param requestedBy a username, {@code cli:<os user>} or {@code schedule}
     * @param reason why, shown with the run (first rating, re-rating after objection N, …)
     * @return the id of the queued run
     * @throws RatingAlreadyRunningException when a run of the tenant and year is queued or running
     * @throws RatingRefusedException when no scored scheme is active for the year
     */
    public long request(String tenant, int year, String requestedBy, String reason) {
        String version = activeScoredVersion(tenant, year);
        Integer previous = jdbc.queryForObject(
                "SELECT COALESCE(MAX(run_version), 0) FROM rating_run WHERE tenant_id = ? AND year = ?",
                Integer.class,
                tenant,
                year);
        var key = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO rating_run (tenant_id, year, run_version, scheme_version, status,"
                                        + " active_key, requested_by, reason) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                        insert.setString(1, tenant);
                        insert.setInt(2, year);
                        insert.setInt(3, previous + 1);
                        insert.setString(4, version);
                        insert.setString(5, tenant + ":" + year);
                        insert.setString(6, requestedBy);
                        insert.setString(7, reason);
                        return insert;
                    },
                    key);
        } catch (DuplicateKeyException anotherRun) {
            // the guard (active_key) or, in a race, the next run_version taken by the other request
            throw new RatingAlreadyRunningException(tenant, year);
        }
        return key.getKey().longValue();
    }

    private String activeScoredVersion(String tenant, int year) {
        Optional<String> version = jdbc
                .queryForList(
                        "SELECT version FROM scheme_activation WHERE tenant_id = ? AND year = ?",
                        String.class,
                        tenant,
                        year)
                .stream()
                .findFirst();
        if (version.isEmpty()) {
            throw new RatingRefusedException(year + " 年尚未启用考评方案，无法评定");
        }
        String source = jdbc.queryForObject(
                "SELECT source FROM scheme_version WHERE tenant_id = ? AND version = ?",
                String.class,
                tenant,
                version.get());
        try {
            if (!SchemeLoader.fromYaml(source).scores()) {
                throw new RatingRefusedException(year + " 年的考评方案为检查表方案，不计分，无需评定");
            }
        } catch (InvalidSchemeException stored) {
            throw new RatingRefusedException(year + " 年启用的考评方案 " + version.get() + " 无法读取，请重新上传");
        }
        return version.get();
    }
}
