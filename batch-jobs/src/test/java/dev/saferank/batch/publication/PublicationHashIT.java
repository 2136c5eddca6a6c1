package dev.saferank.batch.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.audit.AuditQuery;
import dev.saferank.rating.audit.AuditTrail;
import dev.saferank.rating.publication.PublicationFiles;
import dev.saferank.servers.spring.RealServersInitializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publications verifiable by anyone (issue 16 point 4): the publication job stores the SHA-256 of the public
 * CSV's bytes and a hash chained to the city's previous publication; the README's commands, run here with
 * bash and coreutils on the CSV file, recompute both; a changed row gives other hashes. The job's
 * publication is recorded in the audit trail.
 */
@SpringBootTest(
        properties = {
            "saferank.publication.worker.enabled=true",
            "saferank.publication.worker.poll-ms=300",
            "saferank.publication.chunk=5"
        })
@org.springframework.test.context.ContextConfiguration(initializers = RealServersInitializer.class)
class PublicationHashIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicationFiles files;

    @Autowired
    AuditTrail audit;

    @TempDir
    Path dir;

    Fixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(jdbc);
    }

    @Test
    void theReadmeCommandsRecomputeTheHashesFromTheCsvAndAChangedRowChangesThem() throws Exception {
        String scheme = fx.scheme("quanzhou", "泉州市应急管理局");
        long run = fx.run("quanzhou", 2081, scheme);
        fx.result("quanzhou", run, "泉州校验甲", "evaluation", "91.5", "优秀", 1, null, null);
        fx.result("quanzhou", run, "泉州校验乙", "testing", "72", "合格", 2, null, null);
        long notice = fx.notice("quanzhou", 2081, run, Fixtures.today().minusDays(1));
        Map<String, Object> first = awaitEnd(fx.publish("quanzhou", 2081, notice, run));
        assertThat(first.get("status")).isEqualTo("published");
        long firstId = (Long) first.get("id");

        // the CSV as /publications/{id}.csv serves it (platform-api serves exactly these bytes)
        Path csv = dir.resolve("公布名单.csv");
        Files.write(csv, files.csv("quanzhou", firstId).orElseThrow());
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("泉州校验甲", "91.5");

        // README: sha256sum of the downloaded file is the rows hash
        assertThat(bash("sha256sum '" + csv + "' | cut -d' ' -f1")).isEqualTo(first.get("rows_sha256"));
        // README: the chain hash from the city, the id, the previous hash and the file
        String prev = (String) first.get("prev_hash");
        assertThat(prev).hasSize(64);
        assertThat(bash(chainCommand("quanzhou", firstId, prev, csv))).isEqualTo(first.get("chain_hash"));

        // a changed row (one total) gives another rows hash and another chain hash
        Path forged = dir.resolve("改动.csv");
        Files.writeString(
                forged, Files.readString(csv, StandardCharsets.UTF_8).replace("91.5", "95.5"), StandardCharsets.UTF_8);
        assertThat(bash("sha256sum '" + forged + "' | cut -d' ' -f1")).isNotEqualTo(first.get("rows_sha256"));
        assertThat(bash(chainCommand("quanzhou", firstId, prev, forged))).isNotEqualTo(first.get("chain_hash"));

        // the city's next publication links to this one
        long run2 = fx.run("quanzhou", 2082, scheme);
        fx.result("quanzhou", run2, "泉州校验丙", "evaluation", "88", "良好", 1, null, null);
        long notice2 = fx.notice("quanzhou", 2082, run2, Fixtures.today().minusDays(1));
        Map<String, Object> second = awaitEnd(fx.publish("quanzhou", 2082, notice2, run2));
        assertThat(second.get("status")).isEqualTo("published");
        assertThat(second.get("prev_publication_id")).isEqualTo(firstId);
        assertThat(second.get("prev_hash")).isEqualTo(first.get("chain_hash"));
        Path csv2 = dir.resolve("第二次.csv");
        Files.write(csv2, files.csv("quanzhou", (Long) second.get("id")).orElseThrow());
        assertThat(bash(chainCommand("quanzhou", (Long) second.get("id"), (String) second.get("prev_hash"), csv2)))
                .isEqualTo(second.get("chain_hash"));

        // the job's publication is in the city's audit trail
        assertThat(audit.count(new AuditQuery(
                        "quanzhou",
                        "system:publication-job",
                        "PUBLICATION_PUBLISHED",
                        "publication",
                        String.valueOf(firstId),
                        null,
                        null)))
                .isEqualTo(1);
        assertThat(audit.verify("quanzhou").intact()).isTrue();
    }

    /** The README's command for the chain hash. */
    private static String chainCommand(String tenant, long id, String prev, Path csv) {
        return "printf 'saferank-publication-v1\\n%s\\n%s\\n%s\\n%s\\n' " + tenant + " " + id + " " + prev
                + " \"$(sha256sum < '" + csv + "' | cut -d' ' -f1)\" | sha256sum | cut -d' ' -f1";
    }

    private static String bash(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private Map<String, Object> awaitEnd(long publication) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM publication WHERE id = ?", publication);
            if (!List.of("queued", "running").contains(row.get("status"))) {
                return row;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("publication " + publication + " did not end within 60 s");
    }
}
