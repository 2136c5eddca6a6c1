package dev.saferank.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.TestSecrets;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.servers.TestServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documented operator's command rebuilds the indices from MySQL and exits 0: run as a separate
 * JVM from the jar the build just packaged, against the build's servers.
 */
@RealServersTest
class RebuildCommandIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    Schemes schemes;

    @Test
    void theRebuildCommandWritesEveryRowAndExits() throws IOException, InterruptedException {
        var data = new TestData(jdbc, schemes);
        data.tenant("quanzhou");
        long agency = data.agency("quanzhou", "泉州重建测试机构", "evaluation");
        // written straight to the table, without an outbox row: only a rebuild can index it
        jdbc.update(
                "INSERT INTO report (tenant_id, agency_id, enterprise, type, title, issued_on, body, source, uploaded_by)"
                        + " VALUES ('quanzhou', ?, '重建企业', 'other', '只在数据库中的报告', '2023-01-02', '正文', 'text', 'test')",
                agency);
        long onlyInMySql = jdbc.queryForObject("SELECT MAX(id) FROM report", Long.class);
        // likewise a published rating (the public search's index), and an entry kept from the public
        jdbc.update(
                "INSERT INTO publication (tenant_id, year, kind, run_id, status, seq, bureau_name, lists, requested_by,"
                        + " published_at) VALUES ('quanzhou', 2990, 'publish', 0, 'published',"
                        + " (SELECT COALESCE(MAX(p.seq), 0) + 1 FROM publication p WHERE p.tenant_id = 'quanzhou'"
                        + " AND p.year = 2990), '泉州市应急管理局', '[]', 'test', CURRENT_TIMESTAMP(3))");
        long publication = jdbc.queryForObject("SELECT MAX(id) FROM publication", Long.class);
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, total, grade,"
                        + " published_grade, overall_rank, public) VALUES ('quanzhou', ?, ?, '泉州重建测试机构', 90, '优秀',"
                        + " '优秀', 1, 1), ('quanzhou', ?, ?, '泉州不公布机构', 50, '差', '差', 2, 0)",
                publication,
                agency,
                publication,
                agency + 1);
        long ratingOnlyInMySql = jdbc.queryForObject(
                "SELECT id FROM publication_entry WHERE publication_id = ? AND public = 1", Long.class, publication);
        long hiddenRating = jdbc.queryForObject(
                "SELECT id FROM publication_entry WHERE publication_id = ? AND public = 0", Long.class, publication);
        var endpoints = TestServers.endpoints();
        Path jar = packagedJar();
        Path log = Files.createTempFile("rebuild", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--saferank.search.rebuild=true",
                "--spring.main.web-application-type=none",
                "--saferank.rating.worker.enabled=false",
                "--saferank.db.url=" + endpoints.dbUrl(),
                "--saferank.db.username=" + endpoints.dbUsername(),
                "--saferank.db.password=" + endpoints.dbPassword(),
                "--saferank.es.url=" + endpoints.esUrl(),
                "--saferank.keycloak.url=" + endpoints.keycloakUrl()));
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(TestSecrets.environment());
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);

        assertThat(ended).as("the command ended; output:\n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Search indices rebuilt from MySQL");
        client.indices().refresh(r -> r.index("saferank-reports"));
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class);
        assertThat(client.count(c -> c.index("saferank-reports")).count()).isEqualTo(rows);
        assertThat(client.exists(e -> e.index("saferank-reports").id(Long.toString(onlyInMySql)))
                        .value())
                .isTrue();
        client.indices().refresh(r -> r.index("saferank-ratings"));
        long announced = jdbc.queryForObject(
                "SELECT COUNT(*) FROM publication_entry e JOIN publication p ON p.tenant_id = e.tenant_id"
                        + " AND p.id = e.publication_id WHERE p.status = 'published' AND e.public = 1",
                Long.class);
        assertThat(client.count(c -> c.index("saferank-ratings")).count()).isEqualTo(announced);
        assertThat(client.exists(e -> e.index("saferank-ratings").id(Long.toString(ratingOnlyInMySql)))
                        .value())
                .isTrue();
        assertThat(client.exists(e -> e.index("saferank-ratings").id(Long.toString(hiddenRating)))
                        .value())
                .isFalse();
        assertThat(output).contains("documents written to saferank-ratings");
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("platform-api-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("no packaged jar in target/: run through ./mvnw verify"));
        }
    }
}
