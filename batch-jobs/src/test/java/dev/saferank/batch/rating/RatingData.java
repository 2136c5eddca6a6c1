package dev.saferank.batch.rating;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows other features own (tenants, schemes, agencies, staff, engagements, findings, measurements,
 * sanctions, honours), written with JDBC the way the API records them. Every test makes a tenant of
 * its own: the build's tests share one database.
 */
final class RatingData {

    private final JdbcTemplate jdbc;
    final String tenant;

    RatingData(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.tenant = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO tenant (id, name) VALUES (?, ?)", tenant, "测试单位 " + tenant);
    }

    /** Uploads a shipped scheme as version {@code <year>.1} and activates it for its year. */
    RatingData scheme(String shipped, int year) {
        String source;
        try (var in = RatingData.class.getClassLoader().getResourceAsStream("tenants/" + shipped)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update(
                "INSERT INTO scheme_version (tenant_id, version, year, title, source, uploaded_by) VALUES (?, ?, ?, ?, ?, 'test')",
                tenant,
                year + ".1",
                year,
                shipped,
                source);
        jdbc.update(
                "INSERT INTO scheme_activation (tenant_id, year, version, activated_by) VALUES (?, ?, ?, 'test')",
                tenant,
                year,
                year + ".1");
        return this;
    }

    long agency(String name, String category) {
        var key = new GeneratedKeyHolder();
        String code =
                UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
        jdbc.update(
                c -> {
                    PreparedStatement s = c.prepareStatement(
                            "INSERT INTO agency (tenant_id, credit_code, name, category, created_by) VALUES (?, ?, ?, ?, 'test')",
                            Statement.RETURN_GENERATED_KEYS);
                    s.setString(1, tenant);
                    s.setString(2, code);
                    s.setString(3, name);
                    s.setString(4, category);
                    return s;
                },
                key);
        return key.getKey().longValue();
    }

    void officeArea(long agency, String area) {
        jdbc.update(
                "UPDATE agency SET office_area = ? WHERE tenant_id = ? AND id = ?",
                new java.math.BigDecimal(area),
                tenant,
                agency);
    }

    void district(long agency, String code, String name) {
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, ?, ?)", tenant, code, name);
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES (?, ?, ?)",
                tenant,
                agency,
                code);
    }

    /** Full-time staff holding a valid certificate of the given type (registeredSafetyEngineer, …). */
    void staff(long agency, int count, String certificate) {
        for (int i = 0; i < count; i++) {
            var key = new GeneratedKeyHolder();
            String hash = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
            jdbc.update(
                    c -> {
                        PreparedStatement s = c.prepareStatement(
                                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by) VALUES (?, ?, ?, ?, 'test')",
                                Statement.RETURN_GENERATED_KEYS);
                        s.setString(1, tenant);
                        s.setLong(2, agency);
                        s.setString(3, "技术人员");
                        s.setString(4, hash.substring(0, 64));
                        return s;
                    },
                    key);
            jdbc.update(
                    "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                            + " SELECT tenant_id, agency_id, id, ?, ? FROM staff WHERE tenant_id = ? AND id = ?",
                    certificate,
                    "C" + i,
                    tenant,
                    key.getKey().longValue());
        }
    }

    long engagement(long agency, LocalDate contractDate) {
        var key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    PreparedStatement s = c.prepareStatement(
                            "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date,"
                                    + " created_by) VALUES (?, ?, '某生产经营单位', 'evaluation', ?, 'test')",
                            Statement.RETURN_GENERATED_KEYS);
                    s.setString(1, tenant);
                    s.setLong(2, agency);
                    s.setObject(3, contractDate);
                    return s;
                },
                key);
        return key.getKey().longValue();
    }

    /** An enterprise (an engagement of the agency) checked on site in the year (临沂 工作实绩). */
    void sampled(long agency, int year, long engagement) {
        jdbc.update(
                "INSERT INTO sampled_enterprise (tenant_id, agency_id, year, engagement_id, checked_on, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, 'inspector')",
                tenant,
                agency,
                year,
                engagement,
                LocalDate.of(year, 7, 20));
    }

    void finding(long agency, int year, String rule, int count, String status) {
        finding(agency, year, rule, count, status, null);
    }

    void finding(long agency, int year, String rule, int count, String status, String enterprise) {
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, kind, rule_code, count, enterprise, evidence, source,"
                        + " observed_on, status, recorded_by) VALUES (?, ?, ?, 'rule', ?, ?, ?, '现场检查发现', 'routineInspection',"
                        + " ?, ?, 'inspector')",
                tenant,
                agency,
                year,
                rule,
                count,
                enterprise,
                LocalDate.of(year, 7, 20),
                status);
    }

    void measurement(long agency, int year, String name, String group, String value, String response) {
        jdbc.update(
                "INSERT INTO measurement (tenant_id, agency_id, year, name, group_name, value, response, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'inspector')",
                tenant,
                agency,
                year,
                name,
                group,
                value == null ? null : new java.math.BigDecimal(value),
                response);
    }

    void sanction(long agency, int year, String type, String level) {
        jdbc.update(
                "INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, '应急管理局', '约谈', 'inspector')",
                tenant,
                agency,
                year,
                type,
                level,
                LocalDate.of(year, 5, 1));
    }

    void honour(long agency, int year, String level, String cause) {
        jdbc.update(
                "INSERT INTO honour (tenant_id, agency_id, year, level, cause, awarded_on, issuer, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, '人民政府', 'inspector')",
                tenant,
                agency,
                year,
                level,
                cause,
                LocalDate.of(year, 6, 1));
    }

    void agencyData(long agency, int year, String field, String value) {
        jdbc.update(
                "INSERT INTO agency_data (tenant_id, agency_id, year, field, value, updated_by) VALUES (?, ?, ?, ?, ?, 'test')",
                tenant,
                agency,
                year,
                field,
                new java.math.BigDecimal(value));
    }
}
