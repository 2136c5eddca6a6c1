package dev.saferank.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A bar and a lost standing go together (issue 17 point 4), against the real servers.
 *
 * <p>苏州 7.6.3: "机构采取虚假申报等不正当手段获得星级的，由评定部门取消已评定的星级并予以公告，该机构两年内不得申请参加星级评定": the bar
 * under E1 also queues the publication that cancels the current star. 佛山 四（二）: "被评定的标杆机构有效期为1年，评定年度内发现
 * 违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位": confirming the revocation proposed from the recorded
 * sanction bars the agency from the next year's rating under E3 by itself.
 */
@RealServersTest
class BarAndStandingIT {

    static final String BAR = "mutation($input: BarAgencyInput!) { barAgency(input: $input) {"
            + " bar { id agencyName exclusionCode firstYear lastYear reason standingPublicationId sanctionId }"
            + " errors { field code message } } }";
    static final String CONFIRM = "mutation($input: DowngradeProposalInput!) { confirmDowngrade(input: $input) {"
            + " publicationId bar { id exclusionCode firstYear lastYear sanctionId standingPublicationId wording }"
            + " errors { field code message } } }";
    static final String PREVIEW =
            "query($a: ID!, $y: Int!) { preview(agencyId: $a, year: $y) { exclusion { code wording } } }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    Api api;
    PublicationRows rows;
    TestData data;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        rows = new PublicationRows(jdbc, schemes);
        data = new TestData(jdbc, schemes);
    }

    @Test
    void aSuzhouBarUnderE1CancelsTheCurrentStarInTheSameStep() {
        int year = PublicationRows.freshYear();
        // the bar's years (year + 1, year + 2) are this test's too: no other test may publish in them
        PublicationRows.freshYear();
        PublicationRows.freshYear();
        data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", year + 1);
        long run = rows.run("suzhou", year);
        long publication = rows.published("suzhou", year, run, 1, null, "publish", "[]");
        String name = "苏州虚假申报五星机构" + year;
        long star = rows.agency("suzhou", name, "evaluation");
        long unrated = rows.agency("suzhou", "苏州未获星级机构" + year, "evaluation");
        rows.entry("suzhou", publication, star, name, "93.0", "五星", "五星", 1, "fiveStar", true, null);

        JsonNode barred = bar("suzhou-admin", star, "E1", year + 1, 2, "虚假申报取得五星");

        assertThat(barred.path("errors").size()).as(barred.toString()).isZero();
        // 两年内: the ratings of year + 1 and year + 2
        assertThat(barred.path("bar").path("lastYear").asInt()).isEqualTo(year + 2);
        long cancel =
                Long.parseLong(barred.path("bar").path("standingPublicationId").asString());
        Map<String, Object> queued = jdbc.queryForMap(
                "SELECT kind, supersedes_id, agency_id, reason, status FROM publication WHERE id = ?", cancel);
        // 取消已评定的星级并予以公告: a publication of its own, superseding the one that gave the star
        assertThat(queued.get("kind")).isEqualTo("cancel");
        assertThat(queued.get("status")).isIn("queued", "running", "published", "refused");
        assertThat(((Number) queued.get("supersedes_id")).longValue()).isEqualTo(publication);
        assertThat(((Number) queued.get("agency_id")).longValue()).isEqualTo(star);
        assertThat((String) queued.get("reason"))
                .isEqualTo("虚假申报取得五星（禁入期第" + barred.path("bar").path("id").asString() + "号，" + (year + 1) + "–"
                        + (year + 2) + "年度）");
        // and the bar itself still leaves the agency out of both years
        assertThat(preview("suzhou-admin", star, year + 1).path("code").asString())
                .isEqualTo("E1");

        // an agency with no published standing is barred with nothing to cancel
        JsonNode plain = bar("suzhou-admin", unrated, "E1", year + 1, 2, "虚假申报");
        assertThat(plain.path("errors").size()).as(plain.toString()).isZero();
        assertThat(plain.path("bar").path("standingPublicationId").isNull()).isTrue();

        // another city sees neither
        assertThat(api.data("quanzhou-admin", "{ ratingBars { agencyName } }", Map.of())
                        .path("ratingBars")
                        .findValuesAsString("agencyName"))
                .doesNotContain(name);
    }

    @Test
    void aBarWhileTheYearsPublicationRunsIsRefusedInChineseAndWritesNothing() {
        int year = PublicationRows.freshYear();
        // the bar's years (year + 1, year + 2) are this test's too: no other test may publish in them
        PublicationRows.freshYear();
        PublicationRows.freshYear();
        data.activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", year + 1);
        long run = rows.run("suzhou", year);
        long publication = rows.published("suzhou", year, run, 1, null, "publish", "[]");
        String name = "苏州公布进行中机构" + year;
        long star = rows.agency("suzhou", name, "evaluation");
        rows.entry("suzhou", publication, star, name, "80.0", "四星", "四星", 1, "fourStar", true, null);
        // another publication of the year is running (its active key held)
        jdbc.update(
                "INSERT INTO publication (tenant_id, year, kind, run_id, status, active_key, requested_by)"
                        + " VALUES ('suzhou', ?, 'correct', ?, 'running', ?, 'test')",
                year,
                run,
                "suzhou:" + year);
        int bars = jdbc.queryForObject("SELECT COUNT(*) FROM rating_bar", Integer.class);

        JsonNode refused = bar("suzhou-admin", star, "E1", year + 1, 2, "虚假申报取得四星");

        assertThat(refused.path("bar").isNull()).isTrue();
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("input.agencyId");
        assertThat(refused.path("errors").get(0).path("message").asString())
                .isEqualTo("该机构现有的公布结果无法取消：该年度已有公布正在进行，请稍后再试");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rating_bar", Integer.class))
                .isEqualTo(bars);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE agency_id = ?", Integer.class, star))
                .isZero();
    }

    @Test
    void confirmingAFoshanRevocationBarsTheNextYearsCandidacy() {
        int year = PublicationRows.freshYear();
        // the bar's years (year + 1, year + 2) are this test's too: no other test may publish in them
        PublicationRows.freshYear();
        PublicationRows.freshYear();
        for (int y = year + 1; y <= year + 2; y++) {
            data.activeSeedSchemeFor("foshan", "tenants/foshan/foshan-2023.yaml", y);
        }
        long run = rows.run("foshan", year);
        long publication = rows.published("foshan", year, run, 1, null, "publish", "[]");
        String name = "佛山撤销标杆机构" + year;
        long benchmark = rows.agency("foshan", name, "evaluation");
        rows.entry("foshan", publication, benchmark, name, "95.0", "优秀", "优秀", 1, "benchmark", true, null);
        // published 31 August 2026; a 立案处罚 on 15 September 2026 is a 违法违规行为 within the title's year (佛山 records a
        // 不良信息 as a finding under 9.1, not as a sanction: the sanctions page refuses it)
        jdbc.update(
                "INSERT INTO sanction (tenant_id, agency_id, year, type, level, decided_on, issuer, reason, recorded_by)"
                        + " VALUES ('foshan', ?, 2026, 'penaltyCase', 'city', ?, '佛山市应急管理局', '出具虚假报告', 'test')",
                benchmark,
                LocalDate.of(2026, 9, 15));
        long sanction = jdbc.queryForObject(
                "SELECT MAX(id) FROM sanction WHERE tenant_id = 'foshan' AND agency_id = ?", Long.class, benchmark);

        JsonNode confirmed = api.data(
                        "foshan-admin",
                        CONFIRM,
                        Map.of(
                                "input",
                                Map.of(
                                        "sanctionId",
                                        Long.toString(sanction),
                                        "publicationId",
                                        Long.toString(publication))))
                .path("confirmDowngrade");

        assertThat(confirmed.path("errors").size()).as(confirmed.toString()).isZero();
        long revoking = Long.parseLong(confirmed.path("publicationId").asString());
        assertThat(jdbc.queryForObject("SELECT kind FROM publication WHERE id = ?", String.class, revoking))
                .isEqualTo("downgrade");
        // 一年内不再作为标杆机构候选单位: the year after the publication's, one year, under E3
        JsonNode bar = confirmed.path("bar");
        assertThat(bar.path("exclusionCode").asString()).isEqualTo("E3");
        assertThat(bar.path("firstYear").asInt()).isEqualTo(year + 1);
        assertThat(bar.path("lastYear").asInt()).isEqualTo(year + 1);
        assertThat(bar.path("sanctionId").asString()).isEqualTo(Long.toString(sanction));
        assertThat(bar.path("standingPublicationId").asString()).isEqualTo(Long.toString(revoking));
        assertThat(bar.path("wording").asString()).contains("一年内不再作为标杆机构候选单位");
        // carried out as RatingBarIT shows: one confirmed finding naming E3 in year + 1 only (the preview of this
        // agency,
        // which has no business recorded, shows 佛山's E1 近两年未开展业务 first)
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(year, ' ', rule_code) FROM finding WHERE tenant_id = 'foshan' AND agency_id = ?"
                                + " AND source = 'ratingBar' AND status = 'confirmed'",
                        String.class,
                        benchmark))
                .containsExactly((year + 1) + " E3");
        // audited as the downgrade it queued, naming the bar it recorded
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_record WHERE tenant_id = 'foshan' AND action = 'DOWNGRADE_REQUESTED'"
                                + " AND target_id = ? AND details LIKE ?",
                        Integer.class,
                        Long.toString(revoking),
                        "%" + bar.path("id").asString() + "%"))
                .isEqualTo(1);
        // confirmed once: no second bar, and 苏州 sees nothing of it
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rating_bar WHERE tenant_id = 'foshan' AND agency_id = ?",
                        Integer.class,
                        benchmark))
                .isEqualTo(1);
        assertThat(api.data("suzhou-admin", "{ ratingBars { agencyName } }", Map.of())
                        .path("ratingBars")
                        .findValuesAsString("agencyName"))
                .doesNotContain(name);
    }

    private JsonNode bar(String user, long agency, String code, int firstYear, int years, String reason) {
        return api.data(
                        user,
                        BAR,
                        Map.of(
                                "input",
                                Map.of(
                                        "agencyId",
                                        Long.toString(agency),
                                        "exclusionCode",
                                        code,
                                        "firstYear",
                                        firstYear,
                                        "years",
                                        years,
                                        "reason",
                                        reason)))
                .path("barAgency");
    }

    private JsonNode preview(String user, long agency, int year) {
        return api.data(user, PREVIEW, Map.of("a", Long.toString(agency), "y", year))
                .path("preview")
                .path("exclusion");
    }
}
