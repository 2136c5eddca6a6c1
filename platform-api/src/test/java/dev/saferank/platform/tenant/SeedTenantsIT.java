package dev.saferank.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.scheme.SchemeLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The documented seed command onboards the five cities, and running it again changes nothing. */
@RealServersTest
class SeedTenantsIT {

    /** The realm file fixes the seed organizations' ids (infra/keycloak/README.md). */
    private static final Map<String, String> ORGANIZATIONS = Map.of(
            "quanzhou", "e7d72fd6-221c-5761-8e6b-e2d882192c56",
            "linyi", "b19bf355-9e32-58d9-8222-b6e1f308f4e4",
            "putian", "bdaff652-bcf4-5b2d-a669-04ecc2594930",
            "suzhou", "66dce061-b8f9-5fd5-833a-207a3b96edf5",
            "foshan", "108718fa-0a05-52ab-8c57-5f9364f5ea19");

    private static final String SEED_ROWS = "SELECT CONCAT_WS('|', 'tenant', id, organization_id) FROM tenant"
            + " WHERE id IN ('quanzhou','linyi','putian','suzhou','foshan')"
            + " UNION ALL SELECT CONCAT_WS('|', 'district', tenant_id, code, name) FROM district"
            + " WHERE tenant_id IN ('quanzhou','linyi','putian','suzhou','foshan')"
            + " UNION ALL SELECT CONCAT_WS('|', 'active', tenant_id, year, version, activated_at) FROM scheme_activation"
            + " WHERE tenant_id IN ('quanzhou','linyi','putian','suzhou','foshan')"
            + " UNION ALL SELECT CONCAT_WS('|', 'campaign', tenant_id, year, notice_working_days, updated_at) FROM campaign"
            + " WHERE tenant_id IN ('quanzhou','linyi','putian','suzhou','foshan')";

    @Autowired
    SeedTenants seed;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsTheFiveCitiesOnceAndASecondRunChangesNothing() {
        seed.run();
        List<String> afterFirst = rows();

        SeedTenants.Report second = seed.run();

        assertThat(second.changedNothing()).as("second run: %s", second).isTrue();
        assertThat(rows()).containsExactlyInAnyOrderElementsOf(afterFirst);
    }

    @Test
    void givesEachCityItsOrganizationDistrictsAndActiveScheme() {
        seed.run();

        ORGANIZATIONS.forEach((tenant, organization) -> assertThat(
                        jdbc.queryForObject("SELECT organization_id FROM tenant WHERE id = ?", String.class, tenant))
                .as(tenant)
                .isEqualTo(organization));
        assertThat(jdbc.queryForList("SELECT name FROM district WHERE tenant_id = 'quanzhou'", String.class))
                .contains("鲤城区", "丰泽区", "洛江区", "泉港区", "晋江市", "石狮市", "南安市", "惠安县", "安溪县", "永春县", "德化县");
        assertThat(jdbc.queryForList("SELECT name FROM district WHERE tenant_id = 'foshan'", String.class))
                .contains("禅城区", "南海区", "顺德区", "高明区", "三水区");
        Map.of("quanzhou", 2023, "linyi", 2022, "putian", 2021, "suzhou", 2023, "foshan", 2023)
                .forEach((tenant, year) -> assertThat(jdbc.queryForList(
                                "SELECT v.source FROM scheme_activation a JOIN scheme_version v"
                                        + " ON v.tenant_id = a.tenant_id AND v.version = a.version"
                                        + " WHERE a.tenant_id = ? AND a.year = ?",
                                String.class,
                                tenant,
                                year))
                        .as("%s %s", tenant, year)
                        .singleElement()
                        .satisfies(source -> assertThat(
                                        SchemeLoader.fromYaml(source).tenant())
                                .isEqualTo(tenant)));
    }

    @Test
    void replacesAPlaceholderNameButKeepsABureausOwnName() {
        seed.run();
        jdbc.update("UPDATE tenant SET name = id WHERE id = 'quanzhou'");
        jdbc.update("UPDATE tenant SET name = '莆田市应急管理局（自定）' WHERE id = 'putian'");

        try {
            SeedTenants.Report report = seed.run();

            assertThat(report.tenants()).isEqualTo(1);
            assertThat(jdbc.queryForList(
                            "SELECT name FROM tenant WHERE id IN ('quanzhou', 'putian') ORDER BY id", String.class))
                    .containsExactly("莆田市应急管理局（自定）", "泉州市应急管理局");
        } finally {
            jdbc.update("UPDATE tenant SET name = '莆田市应急管理局' WHERE id = 'putian'");
        }
    }

    private List<String> rows() {
        return jdbc.queryForList(SEED_ROWS, String.class);
    }
}
