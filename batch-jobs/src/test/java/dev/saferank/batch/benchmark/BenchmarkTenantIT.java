package dev.saferank.batch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.scheme.Rule;
import dev.saferank.servers.spring.RealServersInitializer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The benchmark's data generator at a tiny size: what it writes, and that it touches only its tenant. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = RealServersInitializer.class)
class BenchmarkTenantIT {

    static final String TENANT = "bench-it";
    static final String OTHER = "other-it";
    static final String FOSHAN = "bench-foshan-it";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generatesAValidTenantAndReplacesItOnRerun() throws Exception {
        long otherAgency = otherTenantsAgencyWithAFinding();
        var generator = new BenchmarkTenant(dataSource, new BenchmarkTenant.Size(TENANT, 50, 10, 1));
        assertThat(generator.isGenerated()).isFalse();

        var first = generator.generate();

        assertThat(generator.isGenerated()).isTrue();
        assertThat(first.agencies()).isEqualTo(50);
        assertThat(first.findings()).isEqualTo(500);
        assertGenerated(generator);

        List<Long> firstIds =
                jdbc.queryForList("SELECT id FROM agency WHERE tenant_id = ? ORDER BY id", Long.class, TENANT);
        var second = generator.generate();

        assertThat(second).usingRecursiveComparison().ignoringFields("seconds").isEqualTo(first);
        assertGenerated(generator);
        List<Long> secondIds =
                jdbc.queryForList("SELECT id FROM agency WHERE tenant_id = ? ORDER BY id", Long.class, TENANT);
        assertThat(secondIds).hasSize(50).doesNotContainAnyElementsOf(firstIds);
        // the other tenant's agency and finding are untouched by both runs
        assertThat(count("SELECT COUNT(*) FROM agency WHERE tenant_id = ? AND id = ?", OTHER, otherAgency))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE tenant_id = ? AND agency_id = ?", OTHER, otherAgency))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tenant WHERE id = ?", OTHER)).isEqualTo(1);
    }

    @Test
    void generatesAFoshanTenantWithMeasurementsAndBothExclusions() throws Exception {
        var generator = new BenchmarkTenant(dataSource, new BenchmarkTenant.Size(FOSHAN, 60, 10, 1, "foshan"));
        var quanzhouSizes = new BenchmarkTenant(dataSource, new BenchmarkTenant.Size(FOSHAN, 60, 10, 1));

        var counts = generator.generate();

        assertThat(generator.isGenerated()).isTrue();
        // the same sizes with another scheme are not the tenant that is there
        assertThat(quanzhouSizes.isGenerated()).isFalse();
        assertThat(counts.agencies()).isEqualTo(60);
        assertThat(counts.findings()).isEqualTo(600);
        assertThat(jdbc.queryForObject(
                        "SELECT v.version FROM scheme_activation a JOIN scheme_version v"
                                + " ON v.tenant_id = a.tenant_id AND v.version = a.version WHERE a.tenant_id = ? AND a.year = 2023",
                        String.class,
                        FOSHAN))
                .isEqualTo("2023.1-bench-foshan-it");
        // findings only against 佛山's counted clauses (1.1–10.1; 11.1 and 12.1 are measured)
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT rule_code FROM finding WHERE tenant_id = ?", String.class, FOSHAN))
                .isNotEmpty()
                .allMatch(code -> code.matches("([1-9]|10)\\.1"));

        // agency 17 (of 0–59) had no engagement in 2022 or 2023: exclusion E1 (businessInTwoYears = 0)
        List<String> withoutBusiness = jdbc.queryForList(
                "SELECT a.credit_code FROM agency a WHERE a.tenant_id = ? AND NOT EXISTS (SELECT 1 FROM engagement e"
                        + " WHERE e.tenant_id = a.tenant_id AND e.agency_id = a.id AND YEAR(e.contract_date) IN (2022, 2023))",
                String.class,
                FOSHAN);
        assertThat(withoutBusiness).containsExactly(CreditCodes.of('A', 17));
        // agencies 23 and 41 have a 立案处罚 (penaltyCase): exclusion E2
        assertThat(jdbc.queryForList(
                        "SELECT a.credit_code FROM sanction s JOIN agency a ON a.tenant_id = s.tenant_id AND a.id = s.agency_id"
                                + " WHERE s.tenant_id = ? AND s.type = 'penaltyCase' AND s.year = 2023 ORDER BY a.credit_code",
                        String.class,
                        FOSHAN))
                .containsExactlyInAnyOrder(CreditCodes.of('A', 23), CreditCodes.of('A', 41));

        // every one of the 60 agencies has 2–4 reviewed reports and 5–15 survey forms, the excluded ones too
        // (the engine wants complete facts before it applies the exclusions)
        assertThat(count(
                        "SELECT COUNT(*) FROM agency a WHERE a.tenant_id = ?"
                                + " AND (SELECT COUNT(*) FROM measurement m WHERE m.tenant_id = a.tenant_id AND m.agency_id = a.id"
                                + " AND m.year = 2023 AND m.status = 'active' AND m.name = 'reportReview') BETWEEN 2 AND 4"
                                + " AND (SELECT COUNT(*) FROM measurement m WHERE m.tenant_id = a.tenant_id AND m.agency_id = a.id"
                                + " AND m.year = 2023 AND m.status = 'active' AND m.name = 'survey') BETWEEN 5 AND 15",
                        FOSHAN))
                .isEqualTo(60);
        assertThat(count("SELECT COUNT(*) FROM measurement WHERE tenant_id = ?", FOSHAN))
                .isEqualTo(counts.measurements());
        // reviews are percentages without a response; survey forms are 10 letters A/B/C without a value
        assertThat(count(
                        "SELECT COUNT(*) FROM measurement WHERE tenant_id = ? AND name = 'reportReview'"
                                + " AND (value IS NULL OR value < 0 OR value > 100 OR response IS NOT NULL)",
                        FOSHAN))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM measurement WHERE tenant_id = ? AND name = 'reportReview' AND value >= 80",
                        FOSHAN))
                .isGreaterThan(
                        count("SELECT COUNT(*) FROM measurement WHERE tenant_id = ? AND name = 'reportReview'", FOSHAN)
                                / 2);
        assertThat(jdbc.queryForList(
                        "SELECT response FROM measurement WHERE tenant_id = ? AND name = 'survey' AND value IS NULL",
                        String.class,
                        FOSHAN))
                .hasSize(
                        (int) count("SELECT COUNT(*) FROM measurement WHERE tenant_id = ? AND name = 'survey'", FOSHAN))
                .allMatch(response -> response.matches("[ABC]{10}"));
        assertThat(count(
                        "SELECT COUNT(*) FROM measurement WHERE tenant_id = ? AND name NOT IN ('reportReview', 'survey')",
                        FOSHAN))
                .isZero();
    }

    private void assertGenerated(BenchmarkTenant generator) {
        // 50 agencies × 10 findings; per agency finding 9 is a draft and finding 3 withdrawn
        assertThat(count("SELECT COUNT(*) FROM agency WHERE tenant_id = ?", TENANT))
                .isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE tenant_id = ?", TENANT))
                .isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE tenant_id = ? AND status = 'confirmed'", TENANT))
                .isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE tenant_id = ? AND status = 'draft'", TENANT))
                .isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE tenant_id = ? AND status = 'withdrawn'", TENANT))
                .isEqualTo(50);
        // no row of another tenant points at this tenant's agencies
        assertThat(count(
                        "SELECT COUNT(*) FROM finding f JOIN agency a ON a.id = f.agency_id"
                                + " WHERE a.tenant_id = ? AND f.tenant_id <> a.tenant_id",
                        TENANT))
                .isZero();

        List<String> codes =
                jdbc.queryForList("SELECT credit_code FROM agency WHERE tenant_id = ?", String.class, TENANT);
        assertThat(codes).hasSize(50).doesNotHaveDuplicates().allMatch(CreditCodes::isValid);
        assertThat(jdbc.queryForList(
                        "SELECT enterprise_credit_code FROM engagement WHERE tenant_id = ? AND enterprise_credit_code IS NOT NULL",
                        String.class,
                        TENANT))
                .isNotEmpty()
                .allMatch(CreditCodes::isValid);

        // every agency serves a district of the tenant, has an office area and staff
        assertThat(count(
                        "SELECT COUNT(*) FROM agency a WHERE a.tenant_id = ? AND a.office_area > 0 AND EXISTS"
                                + " (SELECT 1 FROM agency_district ad JOIN district d ON d.tenant_id = ad.tenant_id"
                                + " AND d.code = ad.district_code WHERE ad.tenant_id = a.tenant_id AND ad.agency_id = a.id)"
                                + " AND EXISTS (SELECT 1 FROM staff s WHERE s.tenant_id = a.tenant_id AND s.agency_id = a.id)",
                        TENANT))
                .isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM staff_certificate WHERE tenant_id = ?", TENANT))
                .isPositive();

        // findings name only rules of the active scheme that take findings, with counts 1–3 and real evidence
        assertThat(jdbc.queryForObject(
                        "SELECT v.version FROM scheme_activation a JOIN scheme_version v"
                                + " ON v.tenant_id = a.tenant_id AND v.version = a.version WHERE a.tenant_id = ? AND a.year = 2023",
                        String.class,
                        TENANT))
                .isEqualTo("2023.1-bench-it");
        Set<String> ruleCodes = generator
                .scheme()
                .allItems()
                .flatMap(item -> item.rules().stream())
                .filter(Rule::takesFindings)
                .map(Rule::code)
                .collect(Collectors.toSet());
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT rule_code FROM finding WHERE tenant_id = ?", String.class, TENANT))
                .isNotEmpty()
                .allMatch(ruleCodes::contains);
        assertThat(count("SELECT COUNT(*) FROM finding WHERE tenant_id = ? AND count BETWEEN 1 AND 3", TENANT))
                .isEqualTo(500);
        assertThat(count("SELECT MIN(CHAR_LENGTH(evidence)) FROM finding WHERE tenant_id = ?", TENANT))
                .isGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForObject(
                        "SELECT evidence FROM finding WHERE tenant_id = ? LIMIT 1", String.class, TENANT))
                .contains("考评条款");

        // agency 17 (of 0–49) had no business in 2023: the scheme's exclusion E1 (hadBusiness = 0)
        assertThat(count(
                        "SELECT COUNT(*) FROM agency a WHERE a.tenant_id = ? AND NOT EXISTS (SELECT 1 FROM engagement e"
                                + " WHERE e.tenant_id = a.tenant_id AND e.agency_id = a.id AND YEAR(e.contract_date) = 2023)",
                        TENANT))
                .isEqualTo(1);
        // agency 23 has two city-level 约谈 (veto V1), agency 41 a province-level 通报批评 (veto V2)
        assertThat(count(
                        "SELECT COUNT(*) FROM (SELECT agency_id FROM sanction WHERE tenant_id = ? AND type = 'interview'"
                                + " AND level = 'city' GROUP BY agency_id HAVING COUNT(*) >= 2) v",
                        TENANT))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(DISTINCT agency_id) FROM sanction WHERE tenant_id = ? AND type = 'circular'"
                                + " AND level IN ('province', 'national')",
                        TENANT))
                .isEqualTo(1);
    }

    private long otherTenantsAgencyWithAFinding() {
        jdbc.update("INSERT IGNORE INTO tenant (id, name, created_by) VALUES (?, '另一城市', 'test')", OTHER);
        jdbc.update(
                "INSERT INTO agency (tenant_id, credit_code, name, category, created_by)"
                        + " VALUES (?, '91350100M000100Y43', '另一城市的机构', 'evaluation', 'test')",
                OTHER);
        long id = jdbc.queryForObject(
                "SELECT id FROM agency WHERE tenant_id = ? AND credit_code = '91350100M000100Y43'", Long.class, OTHER);
        jdbc.update(
                "INSERT INTO finding (tenant_id, agency_id, year, rule_code, count, evidence, source, status, recorded_by)"
                        + " VALUES (?, ?, 2023, '8.1', 1, '另一城市的检查发现', 'routineInspection', 'confirmed', 'test')",
                OTHER,
                id);
        return id;
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
