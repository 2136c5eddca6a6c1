package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.scheme.Schemes;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Published ratings made the way production makes them: rated results (the rating job's rows, written with
 * JDBC), a notice whose period is over, then {@code publish}, {@code correctPublication} or {@code
 * downgradeAgency} over GraphQL as the city's bureau admin; the publication job (its worker runs in the
 * test's own context) publishes and enqueues the entries; the outbox relay indexes them.
 */
final class PublicSearchFixtures {

    static final String PUBLISH =
            "mutation($input: PublishInput!) { publish(input: $input) { publication { id } errors { code message } } }";
    static final String CORRECT = "mutation($input: CorrectPublicationInput!) { correctPublication(input: $input) {"
            + " publication { id } errors { code message } } }";
    static final String DOWNGRADE = "mutation($input: DowngradeAgencyInput!) { downgradeAgency(input: $input) {"
            + " publication { id } errors { code message } } }";

    private final JdbcTemplate jdbc;
    private final PublicationRows rows;
    private final GraphQlHttp http;

    PublicSearchFixtures(JdbcTemplate jdbc, Schemes schemes, int port) {
        this.jdbc = jdbc;
        this.rows = new PublicationRows(jdbc, schemes);
        this.http = new GraphQlHttp(port);
        // the cities as seeding names them (a test may have created the row with its id as the name)
        city("suzhou", "苏州市应急管理局", "320508", "姑苏区");
        city("linyi", "临沂市应急管理局", "371302", "兰山区");
    }

    private void city(String tenant, String bureau, String district, String districtName) {
        jdbc.update(
                "INSERT INTO tenant (id, name, created_by) VALUES (?, ?, 'test')"
                        + " ON DUPLICATE KEY UPDATE name = IF(name = id, VALUES(name), name)",
                tenant,
                bureau);
        jdbc.update(
                "INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, ?, ?)", tenant, district, districtName);
    }

    /** A completed run of the city's shipped scheme (its publication rules). */
    long run(String tenant, int year) {
        return rows.run(tenant, year);
    }

    /** A registered agency and its rated result in the run. */
    long result(
            String tenant,
            long run,
            String name,
            String category,
            String district,
            String total,
            String grade,
            int rank) {
        long agency = rows.agency(tenant, name, category);
        result(tenant, run, agency, name, category, district, total, grade, rank);
        return agency;
    }

    void result(
            String tenant,
            long run,
            long agency,
            String name,
            String category,
            String district,
            String total,
            String grade,
            int rank) {
        jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, category, district, raw_total,"
                        + " total, grade, trail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')",
                tenant,
                run,
                agency,
                name,
                category,
                district,
                new BigDecimal(total),
                new BigDecimal(total),
                grade);
        // the ranks live in the run's small rows (V96)
        jdbc.update(
                "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, grade, overall_rank)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                tenant,
                run,
                agency,
                new BigDecimal(total),
                grade,
                rank);
    }

    /** Puts the run on a notice that ended yesterday and publishes it; returns the published publication. */
    long publish(String tenant, int year, long run) {
        long notice = rows.notice(tenant, year, run, PublicationRows.today().minusDays(1));
        return published(PUBLISH, tenant, Map.of("noticeId", notice));
    }

    long correct(String tenant, long publication, long run, String reason) {
        return published(CORRECT, tenant, Map.of("publicationId", publication, "runId", run, "reason", reason));
    }

    long downgrade(String tenant, long publication, long agency, String reason) {
        return published(DOWNGRADE, tenant, Map.of("publicationId", publication, "agencyId", agency, "reason", reason));
    }

    private long published(String mutation, String tenant, Map<String, Object> input) {
        JsonNode payload = http.post(mutation, Map.of("input", input), KeycloakTokens.accessToken(tenant + "-admin"))
                .body()
                .path("data")
                .values()
                .iterator()
                .next();
        assertThat(payload.path("errors").isEmpty()).as(payload.toString()).isTrue();
        long id = payload.path("publication").path("id").asLong();
        String status = await(
                () -> jdbc.queryForObject("SELECT status FROM publication WHERE id = ?", String.class, id),
                s -> !List.of("queued", "running").contains(s),
                "publication " + id + " to end");
        assertThat(status).as("publication %s", id).isEqualTo("published");
        awaitIndexed();
        return id;
    }

    /** Waits until the outbox has delivered every row and the index has refreshed (1 s). */
    void awaitIndexed() {
        await(
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE sent_at IS NULL", Integer.class),
                n -> n == 0,
                "the outbox to drain");
        pause(1200);
    }

    static <T> T await(java.util.function.Supplier<T> value, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T v = value.get();
            if (done.test(v)) {
                return v;
            }
            pause(100);
        }
        throw new AssertionError("waited 60 s for " + what);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
