package dev.saferank.platform.publication;

import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows other features and the publication job own, written with JDBC: rating runs and results (the rating
 * job), notices and objections (the notice feature), and published publications with their entries exactly
 * as the publication job writes them (its own test, PublicationJobIT in batch-jobs, proves that it does).
 */
final class PublicationRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final AtomicInteger YEAR = new AtomicInteger(2051);

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final Schemes schemes;

    PublicationRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.data = new TestData(jdbc, schemes);
    }

    /** A year no other test of this build uses: requests of a year are one at a time. */
    static int freshYear() {
        return YEAR.getAndIncrement();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The stored version of a seed city's shipped scheme (uploaded once per build). */
    String scheme(String tenant) {
        String file =
                switch (tenant) {
                    case "linyi" -> "linyi-2022";
                    case "putian" -> "putian-2021";
                    default -> tenant + "-2023";
                };
        int year = Integer.parseInt(file.substring(file.length() - 4));
        data.activeSeedScheme(tenant, "tenants/" + tenant + "/" + file + ".yaml", year);
        return schemes.active(tenant, year).orElseThrow().version();
    }

    long agency(String tenant, String name, String category) {
        return data.agency(tenant, name, category);
    }

    long run(String tenant, int year) {
        String version = scheme(tenant);
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO rating_run (tenant_id, year, run_version, scheme_version, status, requested_by)"
                                    + " VALUES (?, ?, ?, ?, 'completed', 'test')",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setInt(3, SEQUENCE.incrementAndGet());
                    s.setString(4, version);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    long notice(String tenant, int year, long run, LocalDate endsOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO rating_notice (tenant_id, year, run_id, starts_on, ends_on, working_days, opened_by)"
                                    + " VALUES (?, ?, ?, ?, ?, 7, 'test')",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setLong(3, run);
                    s.setObject(4, endsOn.minusDays(9));
                    s.setObject(5, endsOn);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    void objection(String tenant, long notice, long agency) {
        jdbc.update(
                "INSERT INTO objection (tenant_id, notice_id, agency_id, tracking_code, filer_kind, reason)"
                        + " VALUES (?, ?, ?, ?, 'public', '总分有误')",
                tenant,
                notice,
                agency,
                String.format("P%011d", SEQUENCE.incrementAndGet()));
    }

    /** A publication as the job leaves it when published; the lists JSON is the scheme's. */
    long published(String tenant, int year, long run, int seq, Long supersedes, String kind, String lists) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO publication (tenant_id, year, kind, run_id, supersedes_id, reason, status, seq,"
                                    + " bureau_name, lists, requested_by, published_by, published_at, checksum)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, 'test-admin', 'test-admin', ?, ?)",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setString(3, kind);
                    s.setLong(4, run);
                    s.setObject(5, supersedes);
                    s.setString(6, supersedes == null ? null : "2024年3月受市应急管理局约谈");
                    s.setInt(7, seq);
                    s.setString(8, bureau(tenant));
                    s.setString(9, lists);
                    s.setTimestamp(10, Timestamp.from(Instant.parse("2026-08-31T02:00:00Z")));
                    s.setString(11, "0".repeat(64));
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    static String bureau(String tenant) {
        return switch (tenant) {
            case "quanzhou" -> "泉州市应急管理局";
            case "linyi" -> "临沂市应急管理局";
            case "suzhou" -> "苏州市应急管理局";
            default -> "佛山市应急管理局";
        };
    }

    void entry(
            String tenant,
            long publication,
            long agency,
            String name,
            String total,
            String grade,
            String publishedGrade,
            int rank,
            String lists,
            boolean isPublic,
            String note) {
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, category, district,"
                        + " total, grade, published_grade, overall_rank, lists, public, note)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', '350503', ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                publication,
                agency,
                name,
                new BigDecimal(total),
                grade,
                publishedGrade,
                rank,
                lists,
                isPublic,
                note);
    }
}
