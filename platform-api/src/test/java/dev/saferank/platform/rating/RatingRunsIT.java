package dev.saferank.platform.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A bureau admin starts a rating: the year's active scheme version pinned, the next run version,
 * queued; a second start while one is queued or running is refused, and bad input writes nothing.
 */
@RealServersTest
class RatingRunsIT {

    static final String START = "mutation($input: StartRatingInput!) { startRating(input: $input) {"
            + " run { id year runVersion schemeVersion status itemsDone itemsTotal requestedBy requestedAt reason }"
            + " errors { field code message } } }";
    static final String RUNS = "query($y: Int!) { ratingRuns(year: $y) { id runVersion status reason } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    RatingRows rows;

    @BeforeEach
    void schemes() {
        api = new Api(port);
        rows = new RatingRows(jdbc);
        var data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        data.activeSeedScheme("putian", "tenants/putian/putian-2021.yaml", 2021);
        rows.finishActive("quanzhou", 2023);
    }

    @AfterEach
    void releaseTheQueue() {
        rows.finishActive("quanzhou", 2023);
    }

    @Test
    void aBureauAdminQueuesARunWithTheActiveSchemePinnedAndTheNextVersion() {
        int versionsBefore = runCount("quanzhou", 2023);

        JsonNode run = start("quanzhou-admin", input(2023, "2023年度首次评定", null)).path("run");

        assertThat(run.path("status").asString()).isEqualTo("queued");
        assertThat(run.path("year").asInt()).isEqualTo(2023);
        assertThat(run.path("schemeVersion").asString()).isEqualTo("2023.1");
        assertThat(run.path("runVersion").asInt()).isEqualTo(versionsBefore + 1);
        assertThat(run.path("requestedBy").asString()).isEqualTo("quanzhou-admin");
        assertThat(run.path("reason").asString()).isEqualTo("2023年度首次评定");
        assertThat(run.path("itemsDone").asInt()).isZero();
        assertThat(run.path("itemsTotal").isNull()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT active_key FROM rating_run WHERE id = ?",
                        String.class,
                        run.path("id").asLong()))
                .isEqualTo("quanzhou:2023");
        JsonNode listed =
                api.data("quanzhou-inspector", RUNS, Map.of("y", 2023)).path("ratingRuns");
        assertThat(listed.get(0).path("id").asString()).isEqualTo(run.path("id").asString());
    }

    @Test
    void aSecondStartWhileOneIsQueuedIsRefusedAndARepeatedKeyReturnsTheFirstRun() {
        String key = "start-" + System.nanoTime();
        JsonNode first = start("quanzhou-admin", input(2023, "首次评定", key)).path("run");
        JsonNode repeated = start("quanzhou-admin", input(2023, "首次评定", key)).path("run");
        int before = runCount("quanzhou", 2023);

        JsonNode second = start("quanzhou-admin", input(2023, "再次评定", null));

        assertThat(repeated.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(second.path("run").isNull()).isTrue();
        assertThat(second.path("errors").findValuesAsString("code")).containsExactly("RATING_RUNNING");
        assertThat(second.path("errors").get(0).path("message").asString()).contains("该年度评定正在进行");
        assertThat(runCount("quanzhou", 2023)).isEqualTo(before);

        // once the worker has finished the queued run, the next start is accepted as the next version
        rows.finishActive("quanzhou", 2023);
        JsonNode next = start("quanzhou-admin", input(2023, "再次评定", null)).path("run");
        assertThat(next.path("runVersion").asInt())
                .isEqualTo(first.path("runVersion").asInt() + 1);
    }

    @Test
    void aYearWithoutAScoredSchemeIsRefusedInChinese() {
        int before = runCount("quanzhou", 2019) + runCount("putian", 2021);

        JsonNode none = start("quanzhou-admin", input(2019, "无方案", null));
        JsonNode checklist = start("putian-admin", input(2021, "莆田只有检查表", null));

        assertThat(none.path("errors").findValuesAsString("code")).containsExactly("NO_ACTIVE_SCHEME");
        assertThat(none.path("errors").get(0).path("message").asString()).contains("2019 年度没有启用的考评方案");
        assertThat(none.path("errors").get(0).path("field").asString()).isEqualTo("input.year");
        assertThat(checklist.path("errors").findValuesAsString("code")).containsExactly("NOT_SCORED");
        assertThat(checklist.path("errors").get(0).path("message").asString()).contains("只有检查表，不计分");
        assertThat(runCount("quanzhou", 2019) + runCount("putian", 2021)).isEqualTo(before);
    }

    @Test
    void badInputNamesEachFieldAndWritesNothing() {
        int before = runCount("quanzhou", 2023);

        JsonNode payload = start("quanzhou-admin", input(1999, " ", "x".repeat(65)));
        JsonNode tooLong = start("quanzhou-admin", input(2023, "理".repeat(501), null));

        assertThat(payload.path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("input.year", "input.reason", "input.idempotencyKey");
        assertThat(payload.path("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("INVALID_YEAR", "REQUIRED", "INVALID_KEY");
        assertThat(payload.path("errors").findValuesAsString("message")).contains("年度须在 2000 到 2100 之间", "请填写评定原因");
        assertThat(tooLong.path("errors").findValuesAsString("code")).containsExactly("TOO_LONG");
        assertThat(runCount("quanzhou", 2023)).isEqualTo(before);
    }

    @Test
    void onlyBureauAdminsStartRatingsAndAnonymousCallersReadNoRuns() {
        int before = runCount("quanzhou", 2023);

        assertThat(api.errorClass("quanzhou-inspector", START, Map.of("input", input(2023, "检查员", null))))
                .isEqualTo("FORBIDDEN");
        assertThat(api.errorClass("quanzhou-agency", START, Map.of("input", input(2023, "机构", null))))
                .isEqualTo("FORBIDDEN");
        assertThat(api.errorClass("quanzhou-agency", RUNS, Map.of("y", 2023))).isEqualTo("FORBIDDEN");
        JsonNode anonymous = new dev.saferank.platform.GraphQlHttp(port)
                .post(START, Map.of("input", input(2023, "匿名", null)), null)
                .body();
        assertThat(anonymous
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("UNAUTHORIZED");
        assertThat(runCount("quanzhou", 2023)).isEqualTo(before);
    }

    private JsonNode start(String user, Map<String, Object> input) {
        return api.data(user, START, Map.of("input", input)).path("startRating");
    }

    private static Map<String, Object> input(int year, String reason, String key) {
        var input = new HashMap<String, Object>(Map.of("year", year, "reason", reason));
        if (key != null) {
            input.put("idempotencyKey", key);
        }
        return input;
    }

    private int runCount(String tenant, int year) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rating_run WHERE tenant_id = ? AND year = ?", Integer.class, tenant, year);
    }
}
