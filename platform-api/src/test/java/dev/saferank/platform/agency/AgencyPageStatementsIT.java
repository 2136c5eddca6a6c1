package dev.saferank.platform.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A page of agencies with everything below it (staff, certificates, findings with their history and
 * rectification, measurements, sanctions, honours, engagements) costs the same number of SQL
 * statements for 10 agencies as for 100: every list below a list is batched.
 */
@RealServersTest
@Import(AgencyPageStatementsIT.Counting.class)
class AgencyPageStatementsIT {

    static final String PAGE =
            """
            query($first: Int, $filter: AgencyFilter) { agencies(first: $first, filter: $filter) { edges { node {
              id districts { code } data(year: 2023) { field value } history { action }
              engagements(year: 2024) { id }
              findings(year: 2023) { id ruleCode status history { action } rectification { status } }
              measurements(year: 2023) { id } sanctions(year: 2023) { id } honours(year: 2023) { id }
              staff { name certificates { type } otherAgencies { id } } } } } }""";

    /** Counts the statements MyBatis prepares, and remembers which mapper statements they were. */
    @Intercepts(
            @Signature(
                    type = StatementHandler.class,
                    method = "prepare",
                    args = {Connection.class, Integer.class}))
    static class StatementCounter implements Interceptor {

        final AtomicInteger count = new AtomicInteger();
        final java.util.Queue<String> ids = new java.util.concurrent.ConcurrentLinkedQueue<>();

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            count.incrementAndGet();
            var handler = org.apache.ibatis.reflection.SystemMetaObject.forObject(invocation.getTarget());
            Object statement = handler.getValue("delegate.mappedStatement");
            ids.add(statement instanceof org.apache.ibatis.mapping.MappedStatement mapped ? mapped.getId() : "?");
            return invocation.proceed();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    StatementCounter counter;

    @Test
    void aPageOf100AgenciesWithStaffCostsAsManyStatementsAsAPageOf10() {
        new TestData(jdbc, schemes).activeSeedScheme("suzhou", "tenants/suzhou/suzhou-2023.yaml", 2023);
        var fixtures = new AgencyFixtures(jdbc, port);
        String marker = AgencyFixtures.marker();
        String district = fixtures.district("suzhou");
        var data = new TestData(jdbc, schemes);
        for (int i = 0; i < 100; i++) {
            data.agency("suzhou", "计数" + marker + "-" + i, "evaluation");
        }
        String ofMarker = "FROM agency WHERE tenant_id = 'suzhou' AND name LIKE '计数" + marker + "-%'";
        for (String person : new String[] {"a", "b"}) {
            jdbc.update("INSERT INTO staff (tenant_id, agency_id, name, id_hash, created_by)"
                    + " SELECT tenant_id, id, '员工', SHA2(CONCAT(id, '" + person + "'), 256), 'test' " + ofMarker);
        }
        jdbc.update("INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number)"
                + " SELECT tenant_id, agency_id, id, 'safetyEvaluator', 'N' FROM staff WHERE agency_id IN (SELECT id "
                + ofMarker
                + ")");
        jdbc.update(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) SELECT tenant_id, id, ? " + ofMarker,
                district);
        jdbc.update(
                "INSERT INTO engagement (tenant_id, agency_id, enterprise_name, service_type, contract_date, created_by)"
                        + " SELECT tenant_id, id, '企业', 'evaluation', '2024-03-01', 'test' " + ofMarker);
        for (String rule : new String[] {"1.1", "3.1"}) {
            jdbc.update(
                    "INSERT INTO finding (tenant_id, agency_id, year, rule_code, evidence, source, observed_on, status, recorded_by)"
                            + " SELECT tenant_id, id, 2023, '" + rule
                            + "', '检查记录', 'routineInspection', '2023-07-20', 'confirmed', 'test' "
                            + ofMarker);
        }
        jdbc.update(
                "INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by)"
                        + " SELECT tenant_id, id, 2023, 'interview', 'county', '2023-05-01', '姑苏区应急管理局', '约谈', 'test' "
                        + ofMarker);
        jdbc.update("INSERT INTO honour (tenant_id, agency_id, year, level, cause, awarded_on, issuer, recorded_by)"
                + " SELECT tenant_id, id, 2023, 'city', '安全生产月', '2023-06-30', '苏州市应急管理局', 'test' " + ofMarker);
        jdbc.update("INSERT INTO measurement (tenant_id, agency_id, year, name, group_name, value, recorded_by)"
                + " SELECT tenant_id, id, 2023, 'satisfaction', 'county', 9, 'test' " + ofMarker);
        String token = AgencyFixtures.token("suzhou-admin");

        statements(fixtures, 10, marker, token); // compiles and caches the scheme once
        int ten = statements(fixtures, 10, marker, token);
        var tenIds = java.util.List.copyOf(counter.ids);
        int hundred = statements(fixtures, 100, marker, token);
        var hundredIds = java.util.List.copyOf(counter.ids);

        org.slf4j.LoggerFactory.getLogger(getClass())
                .info(
                        "statements for a page of agencies with everything below: 10 agencies {}, 100 agencies {}",
                        ten,
                        hundred);
        assertThat(ten).isPositive().isLessThanOrEqualTo(18);
        assertThat(hundred)
                .as("statements for 10: %s%nstatements for 100: %s", tenIds, hundredIds)
                .isEqualTo(ten);
    }

    private int statements(AgencyFixtures fixtures, int first, String marker, String token) {
        counter.count.set(0);
        counter.ids.clear();
        JsonNode page = fixtures.ok(PAGE, Map.of("first", first, "filter", Map.of("nameContains", marker)), token)
                .path("agencies")
                .path("edges");
        assertThat(page.size()).isEqualTo(first);
        assertThat(page.get(first - 1).path("node").path("staff").size()).isEqualTo(2);
        assertThat(page.get(first - 1)
                        .path("node")
                        .path("staff")
                        .get(0)
                        .path("certificates")
                        .size())
                .isEqualTo(1);
        assertThat(page.get(first - 1).path("node").path("engagements").size()).isEqualTo(1);
        assertThat(page.get(first - 1).path("node").path("data").size()).isEqualTo(4);
        JsonNode last = page.get(first - 1).path("node");
        assertThat(last.path("findings").size()).isEqualTo(2);
        assertThat(last.path("sanctions").size()).isEqualTo(1);
        assertThat(last.path("honours").size()).isEqualTo(1);
        assertThat(last.path("measurements").size()).isEqualTo(1);
        return counter.count.get();
    }
}
