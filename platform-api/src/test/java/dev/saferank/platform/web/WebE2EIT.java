package dev.saferank.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.servers.TestServers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The web frontends in a real browser against the whole platform: this test starts the app on a random port
 * with the build's servers (like every IT), seeds what the pages show, and runs the Playwright specs of
 * web/e2e (`npx playwright test` in web/) in Debian's Chromium, which web/scripts/ensure-chromium.sh
 * installs when missing. The specs' output is streamed here; any failing spec fails this test. Screenshots
 * of every page and the measured page load times land in platform-api/target/e2e-screenshots.
 */
@RealServersTest
// the console's rating and publication specs need the workers (off in the test profile); a context of its own
@TestPropertySource(
        properties = {
            "saferank.rating.worker.enabled=true",
            "saferank.rating.worker.poll-interval=500ms",
            "saferank.publication.worker.enabled=true",
            "saferank.publication.worker.poll-ms=300"
        })
@DirtiesContext
class WebE2EIT {

    private static final Path WEB = Path.of(System.getProperty("user.dir"), "..", "web")
            .toAbsolutePath()
            .normalize();
    private static final Path TARGET =
            Path.of(System.getProperty("user.dir"), "target").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Autowired
    dev.saferank.rating.run.RatingRuns runs;

    @Test
    void theWebPagesPassTheirBrowserTests() throws Exception {
        assertThat(WEB.resolve("package.json"))
                .as("the web module beside platform-api")
                .exists();
        assertThat(run(List.of("bash", "scripts/ensure-chromium.sh"), Map.of(), 10))
                .as("web/scripts/ensure-chromium.sh (output above)")
                .isZero();
        assertThat(run(List.of("bash", "scripts/npm-ci.sh"), Map.of(), 10))
                .as("web/scripts/npm-ci.sh (output above)")
                .isZero();

        String origin = "http://127.0.0.1:" + port;
        KeycloakWebOrigins.allow(origin);
        Map<String, String> env = new java.util.HashMap<>(new E2eRows(jdbc, schemes).seed());
        env.putAll(new PortalE2eRows(jdbc, schemes).seed());
        env.putAll(new ConsoleE2eRows(jdbc, schemes).seed());
        env.putAll(new RatingFactsE2eRows(jdbc, schemes, runs).seed());
        env.putAll(new CountyE2eRows(jdbc, schemes).seed());
        env.putAll(new SubjectE2eRows(jdbc, schemes).seed());
        env.putAll(new ExamE2eRows(jdbc, schemes).seed());
        env.putAll(new ConsequencesE2eRows(jdbc, schemes).seed());
        var journeys = new JourneyE2eRows(jdbc);
        env.putAll(journeys.seed());
        awaitSearchIndexed(Long.parseLong(env.get("E2E_PUBLICATION_ID")));
        Path screenshots = TARGET.resolve("e2e-screenshots");
        deleteTree(screenshots);
        env.put("BASE_URL", origin);
        env.put("KEYCLOAK_URL", TestServers.endpoints().keycloakUrl());
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("E2E_OUTPUT_DIR", TARGET.resolve("e2e-results").toString());

        // -De2e.hold=<minutes>: the seeded platform stays up that long before the specs run, for measuring pages by
        // hand (web/scripts/page-speed.mjs, web/README.md); its address and the specs' variables are written to
        // target/e2e-env.sh; deleting target/e2e-hold ends the wait earlier
        int hold = Integer.getInteger("e2e.hold", 0);
        if (hold > 0) {
            holdForHand(env, hold);
        }

        // -De2e.spec=<name> runs one spec (e.g. county-self-check) instead of all;
        // -De2e.specs='console-pages sign-in' several (words of their file names, space separated)
        List<String> command = new java.util.ArrayList<>(List.of("npx", "--no-install", "playwright", "test"));
        java.util.Optional.ofNullable(System.getProperty("e2e.spec"))
                .filter(spec -> spec.matches("[a-z0-9-]+"))
                .ifPresent(command::add);
        String only = System.getProperty("e2e.specs", "").strip();
        if (!only.isEmpty()) {
            command.addAll(List.of(only.split("\\s+")));
        }
        int exit;
        try {
            // the whole suite with the two year-long journeys (each a few minutes on a loaded machine)
            exit = run(command, env, Integer.getInteger("e2e.minutes", 25));
        } finally {
            journeys.stop();
        }

        assertThat(exit)
                .as("npx playwright test in web/ (its output is above; screenshots in " + screenshots + ")")
                .isZero();
    }

    /** Writes the specs' variables to target/e2e-env.sh and waits until target/e2e-hold is gone or the minutes pass. */
    private static void holdForHand(Map<String, String> env, int minutes) throws IOException, InterruptedException {
        var lines = new StringBuilder();
        env.forEach((name, value) -> lines.append("export ")
                .append(name)
                .append("='")
                .append(value.replace("'", "'\\''"))
                .append("'\n"));
        Files.writeString(TARGET.resolve("e2e-env.sh"), lines);
        Path flag = TARGET.resolve("e2e-hold");
        Files.writeString(flag, "delete this file to let the browser tests run\n");
        System.out.println("[web e2e] holding for " + minutes + " min at " + env.get("BASE_URL") + ": source "
                + TARGET.resolve("e2e-env.sh") + "; delete " + flag + " to go on");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (Files.exists(flag) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
    }

    /** The public pages search what the outbox relay has delivered: wait until the seeded entries are sent. */
    private void awaitSearchIndexed(long publication) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String pending = "SELECT COUNT(*) FROM search_outbox o JOIN publication_entry e ON e.id = o.entity_id"
                + " WHERE o.entity_type = 'publicRating' AND o.sent_at IS NULL AND e.publication_id = ?";
        while (jdbc.queryForObject(pending, Long.class, publication) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the search outbox was not delivered to Elasticsearch within 60 s");
            }
            Thread.sleep(200);
        }
    }

    /** Runs a command in web/, streaming its output; returns its exit code. */
    private static int run(List<String> command, Map<String, String> env, int minutes)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(new ArrayList<>(command))
                .directory(WEB.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        builder.environment().put("CI", "1");
        Process process = builder.start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("[web e2e] " + line);
            }
        }
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took longer than " + minutes + " minutes");
        }
        return process.exitValue();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
