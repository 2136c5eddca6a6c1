package dev.saferank.batch.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rating runs, results, notices and objections written with JDBC, as the rating job and the notice feature
 * would leave them, so that the publication job is tested on hand-worked results whatever their timing.
 */
final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final AtomicInteger AGENCY = new AtomicInteger(900_000 + SEQUENCE.get() * 10);

    final JdbcTemplate jdbc;

    Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The tenant row and the city's shipped scheme stored under a version of its own. */
    String scheme(String tenant, String name) {
        jdbc.update("INSERT IGNORE INTO tenant (id, name) VALUES (?, ?)", tenant, name);
        String version = "pub-" + SEQUENCE.incrementAndGet();
        String file = tenant.equals("linyi") ? "linyi-2022" : tenant + (tenant.equals("putian") ? "-2021" : "-2023");
        String source;
        try (var in = Fixtures.class.getClassLoader().getResourceAsStream("tenants/" + tenant + "/" + file + ".yaml")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update(
                "INSERT INTO scheme_version (tenant_id, version, year, title, source, uploaded_by)"
                        + " VALUES (?, ?, 2023, 't', ?, 'test')",
                tenant,
                version,
                source);
        return version;
    }

    /** A completed run. */
    long run(String tenant, int year, String schemeVersion) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO rating_run (tenant_id, year, run_version, scheme_version, status,"
                                    + " requested_by, items_total, items_done) VALUES (?, ?, ?, ?, 'completed', 'test', 0, 0)",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setInt(3, SEQUENCE.incrementAndGet());
                    s.setString(4, schemeVersion);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** One rated agency's result; returns its (unique) agency id. */
    long result(
            String tenant,
            long run,
            String name,
            String category,
            String total,
            String grade,
            int rank,
            Integer groupRank,
            String vetoes) {
        long agency = AGENCY.incrementAndGet();
        jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, category, district, raw_total,"
                        + " total, grade, veto_codes, group_key, trail)"
                        + " VALUES (?, ?, ?, ?, ?, '350503', ?, ?, ?, ?, ?, '{}')",
                tenant,
                run,
                agency,
                name,
                category,
                new BigDecimal(total),
                new BigDecimal(total),
                grade,
                vetoes,
                groupRank == null ? null : category);
        // the ranks live in the run's small rows (V96)
        jdbc.update(
                "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, group_key, vetoed, grade, overall_rank,"
                        + " group_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                run,
                agency,
                new BigDecimal(total),
                groupRank == null ? null : category,
                vetoes != null,
                grade,
                rank,
                groupRank);
        return agency;
    }

    /** An excluded agency (不参与考评和排名): no total, no rank. */
    void excluded(String tenant, long run, String name) {
        jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, category, exclusion_code, trail)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', 'E1', '{}')",
                tenant,
                run,
                AGENCY.incrementAndGet(),
                name);
    }

    /** A notice of the run from {@code endsOn} minus a week to {@code endsOn}. */
    long notice(String tenant, int year, long run, LocalDate endsOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO rating_notice (tenant_id, year, run_id, starts_on, ends_on, working_days,"
                                    + " opened_by) VALUES (?, ?, ?, ?, ?, 5, 'test')",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setLong(3, run);
                    s.setObject(4, endsOn.minusDays(7));
                    s.setObject(5, endsOn);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    void objection(String tenant, long notice, long agency, String status) {
        jdbc.update(
                "INSERT INTO objection (tenant_id, notice_id, agency_id, tracking_code, filer_kind, reason, status)"
                        + " VALUES (?, ?, ?, ?, 'public', '得分有误', ?)",
                tenant,
                notice,
                agency,
                String.format("T%011d", SEQUENCE.incrementAndGet()),
                status);
    }

    /** A queued publication of a notice, as the API's publish mutation leaves it. */
    long publish(String tenant, int year, long notice, long run) {
        return queue(tenant, year, "publish", run, notice, null, null, null);
    }

    long correct(String tenant, int year, long supersedes, long run, String reason) {
        return queue(tenant, year, "correct", run, null, supersedes, null, reason);
    }

    long downgrade(String tenant, int year, long supersedes, long agency, String reason) {
        long run = jdbc.queryForObject("SELECT run_id FROM publication WHERE id = ?", Long.class, supersedes);
        return queue(tenant, year, "downgrade", run, null, supersedes, agency, reason);
    }

    long cancel(String tenant, int year, long supersedes, long agency, String reason) {
        long run = jdbc.queryForObject("SELECT run_id FROM publication WHERE id = ?", Long.class, supersedes);
        return queue(tenant, year, "cancel", run, null, supersedes, agency, reason);
    }

    private long queue(
            String tenant, int year, String kind, long run, Long notice, Long supersedes, Long agency, String reason) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO publication (tenant_id, year, kind, run_id, notice_id, supersedes_id, agency_id,"
                                    + " reason, status, active_key, requested_by)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, 'test-admin')",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setString(3, kind);
                    s.setLong(4, run);
                    s.setObject(5, notice);
                    s.setObject(6, supersedes);
                    s.setObject(7, agency);
                    s.setString(8, reason);
                    s.setString(9, tenant + ":" + year);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }
}
