package dev.saferank.platform;

import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.scheme.Schemes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows for integration tests, written straight to the database so that each feature's tests do not
 * depend on another feature's mutations. The build's tests share one database: every helper
 * makes unique rows, and tests never assume empty tables.
 */
public final class TestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcTemplate jdbc;
    private final Schemes schemes;

    public TestData(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
    }

    /** The tenant row of a seed city (the realm has its organization and demo users). */
    public void tenant(String tenant) {
        // the seed cities by their real names, as the pages show them (a row named by its id is renamed)
        String name = java.util.Map.of(
                        "quanzhou", "泉州市应急管理局",
                        "linyi", "临沂市应急管理局",
                        "putian", "莆田市应急管理局",
                        "suzhou", "苏州市应急管理局",
                        "foshan", "佛山市应急管理局")
                .getOrDefault(tenant, tenant);
        jdbc.update(
                "INSERT INTO tenant (id, name, created_by) VALUES (?, ?, 'test')"
                        + " ON DUPLICATE KEY UPDATE name = IF(name = id, VALUES(name), name)",
                tenant,
                name);
    }

    /** The shipped scheme of a seed city, uploaded and active for its year (once per build). */
    public void activeSeedScheme(String tenant, String resource, int year) {
        activate(tenant, seedScheme(resource), year);
    }

    /**
     * A seed scheme re-dated to another year (its {@code year} and {@code version} rewritten to
     * {@code <year>.1}), uploaded and activated for that year: a year no other test rates, so that the
     * tenant's population of that year is the test's own.
     */
    public void activeSeedSchemeFor(String tenant, String resource, int year) {
        String source = seedScheme(resource)
                .replaceFirst("(?m)^year: \\d+", "year: " + year)
                .replaceFirst("(?m)^version: .*$", "version: \"" + year + ".1\"");
        activate(tenant, source, year);
    }

    /** Uploads and activates a scheme for a year, unless one is active for it already. */
    private void activate(String tenant, String source, int year) {
        tenant(tenant);
        if (schemes.active(tenant, year).isPresent()) {
            return;
        }
        var version = schemes.upload(tenant, source, "test");
        schemes.activate(tenant, year, version.version(), "test");
    }

    private static String seedScheme(String resource) {
        try (var in = TestData.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new agency with a valid, unique credit code; returns its id. */
    /** An active staff member of the agency (a unique ID hash per call); returns their id. */
    public long staff(String tenant, long agency, String name) {
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'test')",
                tenant,
                agency,
                name,
                "%064d".formatted(System.nanoTime()));
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM staff WHERE tenant_id = ? AND agency_id = ?", Long.class, tenant, agency);
    }

    public long agency(String tenant, String name, String category) {
        String code = uniqueCreditCode();
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO agency (tenant_id, credit_code, name, category, created_by)"
                                    + " VALUES (?, ?, ?, ?, 'test')",
                            new String[] {"id"});
                    statement.setString(1, tenant);
                    statement.setString(2, code);
                    statement.setString(3, name);
                    statement.setString(4, category);
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** A valid credit code no other test row has. */
    public static String uniqueCreditCode() {
        String digits = String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return CreditCode.complete("91350100" + digits);
    }
}
