package dev.saferank.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.rating.RatingRows;
import dev.saferank.platform.scheme.Schemes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A bureau admin puts a completed run on public notice for the campaign's working days; anyone reads
 * the draft list during the period, and nothing else of the run.
 */
@RealServersTest
class NoticeIT {

    static final String OPEN = "mutation($input: OpenNoticeInput!) { openNotice(input: $input) {"
            + " notice { id year startsOn endsOn workingDays status openedBy run { id runVersion }"
            + " history { action actor } } errors { field code message } } }";
    static final String PUBLIC = "query($t: ID!, $y: Int!) { publicNotice(tenant: $t, year: $y) {"
            + " tenantName year startsOn endsOn open message"
            + " entries { agencyId agencyName total grade overallRank groupKey groupRank } } }";
    /** Today where the bureaus are: the notice counts Chinese calendar days. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    RatingRows rows;
    TestData data;

    @BeforeEach
    void schemes() {
        api = new Api(port);
        rows = new RatingRows(jdbc);
        data = new TestData(jdbc, schemes);
        data.activeSeedScheme("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", 2023);
        data.activeSeedScheme("foshan", "tenants/foshan/foshan-2023.yaml", 2023);
        rows.closeNotices("quanzhou", 2023);
        rows.closeNotices("foshan", 2023);
    }

    @Test
    void theNoticeLastsTheCampaignsWorkingDaysSkippingTheWeekendAndAHoliday() {
        // 佛山: 3 working days. The notice starts on a Monday at least a week ahead; that Tuesday is a
        // configured holiday: Mon = 1, Tue holiday, Wed = 2, Thu = 3 → it ends on the Thursday.
        LocalDate monday = LocalDate.now(CHINA).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        campaign("foshan", 2023, 3, monday.plusDays(1));
        long run = rows.completedRun("foshan", 2023, "公示测试");

        JsonNode notice = open("foshan-admin", run, monday).path("notice");
        JsonNode second = open("foshan-admin", run, monday);
        JsonNode before = publicNotice("foshan", 2023);

        assertThat(notice.path("startsOn").asString()).isEqualTo(monday.toString());
        assertThat(notice.path("endsOn").asString())
                .isEqualTo(monday.plusDays(3).toString());
        assertThat(notice.path("workingDays").asInt()).isEqualTo(3);
        assertThat(notice.path("status").asString()).isEqualTo("open");
        assertThat(notice.path("run").path("id").asString()).isEqualTo(Long.toString(run));
        assertThat(notice.path("history").findValuesAsString("action")).containsExactly("opened");
        assertThat(second.path("errors").findValuesAsString("code")).containsExactly("NOTICE_OPEN");
        assertThat(second.path("errors").get(0).path("message").asString()).isEqualTo("2023 年度已有正在进行的公示");
        assertThat(before.path("open").asBoolean()).isFalse();
        assertThat(before.path("message").asString()).isEqualTo("公示尚未开始");
        assertThat(before.path("entries").size()).isZero();
    }

    @Test
    void anyoneReadsTheDraftListDuringTheNoticeInRankOrderAndNothingMore() {
        long a = data.agency("quanzhou", "泉州公示甲", "evaluation");
        long b = data.agency("quanzhou", "泉州公示乙", "evaluation");
        long out = data.agency("quanzhou", "泉州公示不参评", "evaluation");
        long run = rows.completedRun("quanzhou", 2023, "公示名单");
        rows.result(
                "quanzhou",
                run,
                b,
                "泉州公示乙",
                "82",
                "良好",
                2,
                null,
                null,
                RatingRows.trail("秘密小节标题", "82", "14.5a", "-0.5", "0"));
        rows.result(
                "quanzhou",
                run,
                a,
                "泉州公示甲",
                "91.5",
                "优秀",
                1,
                null,
                null,
                RatingRows.trail("秘密小节标题", "91.5", "14.5a", "-0.5", "0"));
        rows.excluded("quanzhou", run, out, "泉州公示不参评", "E1", "不参与考评和排名");
        LocalDate today = LocalDate.now(CHINA);
        assertThat(open("quanzhou-admin", run, today).path("errors").size()).isZero();

        JsonNode notice = publicNotice("quanzhou", 2023);
        String otherCity = new GraphQlHttp(port)
                .post(PUBLIC, Map.of("t", "linyi", "y", 2023), null)
                .body()
                .toString();

        assertThat(notice.path("open").asBoolean()).isTrue();
        assertThat(notice.path("tenantName").asString()).isNotBlank();
        assertThat(notice.path("entries").findValuesAsString("agencyName")).containsExactly("泉州公示甲", "泉州公示乙");
        assertThat(notice.path("entries").get(0).path("total").decimalValue()).isEqualByComparingTo("91.5");
        assertThat(notice.path("entries").get(0).path("grade").asString()).isEqualTo("优秀");
        assertThat(notice.path("entries").get(1).path("overallRank").asInt()).isEqualTo(2);
        assertThat(notice.toString()).doesNotContain("秘密小节标题", "不参评", "公示名单");
        assertThat(otherCity).doesNotContain("泉州公示甲");

        // the period ended yesterday: the list is gone, the reason is said
        jdbc.update(
                "UPDATE rating_notice SET starts_on = ?, ends_on = ? WHERE tenant_id = 'quanzhou' AND run_id = ?",
                today.minusDays(10),
                today.minusDays(1),
                run);
        JsonNode after = publicNotice("quanzhou", 2023);
        assertThat(after.path("open").asBoolean()).isFalse();
        assertThat(after.path("message").asString()).isEqualTo("公示期已结束");
        assertThat(after.path("entries").size()).isZero();
    }

    @Test
    void onlyACompletedRunOfTheTenantFromTodayOnAndOnlyByABureauAdmin() {
        long queued = queuedRun("quanzhou", 2023);
        data.activeSeedScheme("linyi", "tenants/linyi/linyi-2022.yaml", 2022);
        long foreign = rows.completedRun("linyi", 2022, "临沂的评定");
        long completed = rows.completedRun("quanzhou", 2023, "已完成");
        int before = notices();

        JsonNode notDone = open("quanzhou-admin", queued, LocalDate.now(CHINA));
        JsonNode ofAnotherCity = open("quanzhou-admin", foreign, LocalDate.now(CHINA));
        JsonNode missing = open("quanzhou-admin", 987654321987L, LocalDate.now(CHINA));
        JsonNode past = open("quanzhou-admin", completed, LocalDate.now(CHINA).minusDays(1));

        assertThat(notDone.path("errors").findValuesAsString("code")).containsExactly("RUN_NOT_COMPLETED");
        assertThat(ofAnotherCity.path("errors").findValuesAsString("code")).containsExactly("NOT_FOUND");
        assertThat(ofAnotherCity
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString()
                        .replace(Long.toString(foreign), "<id>"))
                .isEqualTo(
                        missing.path("errors").get(0).path("message").asString().replace("987654321987", "<id>"));
        assertThat(past.path("errors").findValuesAsString("field")).containsExactly("input.startsOn");
        assertThat(past.path("errors").get(0).path("message").asString()).isEqualTo("公示开始日期不能早于今天");
        var input = Map.of(
                "input",
                Map.of(
                        "runId",
                        Long.toString(completed),
                        "startsOn",
                        LocalDate.now(CHINA).toString()));
        assertThat(api.errorClass("quanzhou-inspector", OPEN, input)).isEqualTo("FORBIDDEN");
        assertThat(api.data("linyi-admin", OPEN, input)
                        .path("openNotice")
                        .path("errors")
                        .findValuesAsString("code"))
                .containsExactly("NOT_FOUND");
        assertThat(notices()).isEqualTo(before);
        rows.finishActive("quanzhou", 2023);
    }

    @Test
    void anonymousCallersReachOnlyThePublicNoticeObjectionsAndTheirStatus() {
        var http = new GraphQlHttp(port);
        for (String document : new String[] {
            "{ ratingRuns(year: 2023) { id } }",
            "{ ratingRun(id: 1) { id } }",
            "{ ratingNotice(year: 2023) { id } }",
            "{ myObjections { id } }",
            "{ myRatingResults(year: 2023) { total } }",
            "{ objections(noticeId: 1) { edges { node { id } } } }",
            "mutation { openNotice(input: {runId: 1, startsOn: \"2030-01-01\"}) { errors { code } } }",
            "mutation { decideObjection(input: {id: 1, accept: false, decision: \"不采纳\"}) { errors { code } } }",
            "mutation { startRating(input: {year: 2023, reason: \"匿名\"}) { errors { code } } }",
            "{ agencies(first: 1) { edges { node { id } } } }"
        }) {
            JsonNode body = http.post(document, null).body();
            assertThat(body.path("errors")
                            .get(0)
                            .path("extensions")
                            .path("classification")
                            .asString())
                    .as(document)
                    .isEqualTo("UNAUTHORIZED");
        }
        JsonNode open = http.post(
                        "{ publicNotice(tenant: \"nosuchcity\", year: 2023) { year } objectionStatus(trackingCode: \"ABCDEFGHJKLM\") { status } }",
                        null)
                .body();
        assertThat(open.path("errors").isMissingNode()).as(open.toString()).isTrue();
        assertThat(open.path("data").path("publicNotice").isNull()).isTrue();
        assertThat(open.path("data").path("objectionStatus").isNull()).isTrue();
    }

    private JsonNode open(String user, long run, LocalDate startsOn) {
        var input = Map.of("runId", Long.toString(run), "startsOn", startsOn.toString());
        return api.data(user, OPEN, Map.of("input", input)).path("openNotice");
    }

    private JsonNode publicNotice(String tenant, int year) {
        JsonNode body = new GraphQlHttp(port)
                .post(PUBLIC, Map.of("t", tenant, "y", year), null)
                .body();
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data").path("publicNotice");
    }

    private void campaign(String tenant, int year, int days, LocalDate holiday) {
        jdbc.update(
                "INSERT INTO campaign (tenant_id, year, notice_working_days, holidays, updated_by) VALUES (?, ?, ?, ?, 'test')"
                        + " ON DUPLICATE KEY UPDATE notice_working_days = VALUES(notice_working_days),"
                        + " holidays = VALUES(holidays)",
                tenant,
                year,
                days,
                holiday.toString());
    }

    private long queuedRun(String tenant, int year) {
        rows.finishActive(tenant, year);
        var input = new HashMap<String, Object>(Map.of("year", year, "reason", "排队中"));
        return api.data(
                        tenant + "-admin",
                        "mutation($input: StartRatingInput!) { startRating(input: $input) { run { id } } }",
                        Map.of("input", input))
                .path("startRating")
                .path("run")
                .path("id")
                .asLong();
    }

    private int notices() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rating_notice", Integer.class);
    }
}
