package dev.saferank.platform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agencies page with nested findings under load: a 佛山-sized tenant (500 agencies, 20,000
 * findings), 20 clients paging through it, the GraphQL API against the same page by plain JDBC in
 * the same run. Run with {@code ./mvnw -pl platform-api -Pbenchmark verify}; the target is at least
 * half the throughput of plain JDBC. Prints a summary; fails only when the two disagree.
 */
@RealServersTest
class AgencyPageBenchmark {

    static final String TENANT = "foshan";
    static final int YEAR = 2023;
    static final int AGENCIES = Integer.getInteger("benchmark.agencies", 500);
    static final int FINDINGS_EACH = Integer.getInteger("benchmark.findingsEach", 40);
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 20);
    static final int PAGE = 50;
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 120));
    static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    DataSource appDataSource;

    @Test
    void agenciesPageWithFindingsAgainstPlainJdbc() throws Exception {
        new TestData(jdbc, schemes).activeSeedScheme(TENANT, "tenants/foshan/foshan-2023.yaml", YEAR);
        String marker = "BM" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        long loadStart = System.nanoTime();
        int findings = new BenchmarkTenant(jdbc, TENANT, YEAR)
                .load(
                        marker,
                        AGENCIES,
                        FINDINGS_EACH,
                        schemes.active(TENANT, YEAR).orElseThrow().scheme());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        int poolSize = appDataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var api = new ApiPages(
                http,
                port,
                () -> KeycloakTokens.accessToken("saferank-web", "foshan-admin", KeycloakTokens.DEMO_PASSWORD),
                marker,
                PAGE,
                YEAR);
        var run = new LoadRun(CLIENTS, WARM_UP, MEASURED, ROUNDS);
        try (var pool = new HikariDataSource()) {
            var app = appDataSource.unwrap(HikariDataSource.class);
            pool.setJdbcUrl(app.getJdbcUrl());
            pool.setUsername(app.getUsername());
            pool.setPassword(app.getPassword());
            // the driver settings of the platform's pool (statement cache), so that both read alike
            pool.setDataSourceProperties(app.getDataSourceProperties());
            pool.setMaximumPoolSize(poolSize);
            var plain = new JdbcPages(pool, TENANT, marker, PAGE, YEAR);

            List<PageSource.Row> viaApi = all(api);
            List<PageSource.Row> viaJdbc = all(plain);
            assertThat(viaApi).hasSize(AGENCIES).isEqualTo(viaJdbc);
            assertThat(viaApi.stream().mapToInt(PageSource.Row::findings).sum()).isEqualTo(findings);

            Map<String, PageSource> sources = new LinkedHashMap<>();
            sources.put("GraphQL API (HTTP)", api);
            sources.put("plain JDBC", plain);
            System.out.println(Summary.of(loadSeconds, findings, poolSize, run.compare(sources), viaApi.size()));
        }
    }

    /** Every agency of the run, page after page. */
    private static List<PageSource.Row> all(PageSource source) throws Exception {
        List<PageSource.Row> rows = new ArrayList<>();
        String cursor = null;
        do {
            PageSource.Page page = source.page(cursor);
            rows.addAll(page.agencies());
            cursor = page.nextCursor();
        } while (cursor != null);
        return rows;
    }
}
