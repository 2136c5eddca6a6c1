package dev.saferank.platform.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
import dev.saferank.platform.facts.FactRecorder;
import dev.saferank.platform.facts.Populations;
import dev.saferank.platform.measurement.Api;
import dev.saferank.platform.scheme.Schemes;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Preview = job = what-if, for each of the five seed cities (issue 14, point 2): a population recorded
 * through GraphQL as the bureau records it, rated by the annual job (its worker runs in this test's own
 * context), and for every agency its live preview, its job result and its what-if row under the pinned
 * version agree on total, grade, vetoes, exclusion and every item's points. Each city rates a past year no
 * other test rates (the shipped scheme re-dated to it; facts are never dated in the future), so that its
 * population is the test's own: other tests' agencies of the tenant are in it too, but have no business or
 * no measurements in that year, so they are excluded or incomplete and take no rank. Every expected value is
 * worked out by hand from the seed tables.
 */
@RealServersTest
@TestPropertySource(properties = {"saferank.rating.worker.enabled=true", "saferank.rating.worker.poll-interval=300ms"})
@DirtiesContext
class PreviewJobWhatIfAgreementIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @Test
    void quanzhou() {
        int year = 2011;
        new TestData(jdbc, schemes).activeSeedSchemeFor("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", year);
        Api api = new Api(port);
        var r = recorder(api, "quanzhou", year);
        // Populations.quanzhou works them: 甲 101.0 优秀, 乙 86.0 良好, 丙 100.0 but V2 不合格, 丁 E1, 戊 98.0 优秀
        var q = Populations.quanzhou(r, "泉州甲", "泉州乙", "泉州丙", "泉州丁", "泉州戊");

        String run = r.rate();
        var a = Agreement.of(api, "quanzhou", year, run, year + ".1", q.a()).assertAgree();
        var b = Agreement.of(api, "quanzhou", year, run, year + ".1", q.b()).assertAgree();
        var c = Agreement.of(api, "quanzhou", year, run, year + ".1", q.c()).assertAgree();
        var d = Agreement.of(api, "quanzhou", year, run, year + ".1", q.d()).assertAgree();
        var e = Agreement.of(api, "quanzhou", year, run, year + ".1", q.e()).assertAgree();

        assertThat(a.job().total()).isEqualByComparingTo("101.0");
        assertThat(a.job().grade()).isEqualTo("优秀");
        assertThat(a.job().items())
                .containsEntry("14", dec("18"))
                .containsEntry("12", dec("4"))
                .containsEntry("21", dec("5"));
        assertThat(b.job().total()).isEqualByComparingTo("86.0");
        assertThat(b.job().items()).containsEntry("3", dec("12")).containsEntry("22", dec("8"));
        assertThat(c.job().total()).isEqualByComparingTo("100.0");
        assertThat(c.job().grade()).isEqualTo("不合格");
        assertThat(c.job().vetoes()).containsExactly("V2");
        assertThat(d.job().total()).isNull();
        assertThat(d.job().exclusion()).isEqualTo("E1");
        assertThat(e.job().total()).isEqualByComparingTo("98.0");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("不依据省级约谈计分"));
        // 101.0 (QA) > 98.0 (QE) > 86.0 (QB); QC's 100.0 is vetoed: below every agency without a veto
        assertThat(a.rank()).isEqualTo(1);
        assertThat(e.rank()).isEqualTo(2);
        assertThat(b.rank()).isEqualTo(3);
        assertThat(c.rank()).isEqualTo(4);
        assertThat(d.rank()).isNull();
        // one entry point, one history: the run queued over GraphQL says who asked and why
        assertThat(jdbc.queryForObject(
                        "SELECT actor FROM change_history WHERE tenant_id = 'quanzhou' AND entity_type = 'ratingRun'"
                                + " AND entity_id = ? AND action = 'queued'",
                        String.class,
                        run))
                .isEqualTo("quanzhou-admin");
    }

    @Test
    void linyi() {
        int year = 2012;
        new TestData(jdbc, schemes).activeSeedSchemeFor("linyi", "tenants/linyi/linyi-2022.yaml", year);
        Api api = new Api(port);
        var r = recorder(api, "linyi", year);
        // Populations.linyi works them: 甲 94.50 优秀 (two enterprises sampled), 乙 90.00 优秀, 丙 V3 差, 丁 no sample, no total
        var l = Populations.linyi(r, "临沂甲", "临沂乙", "临沂丙", "临沂丁");

        String run = r.rate();
        var a = Agreement.of(api, "linyi", year, run, year + ".1", l.a()).assertAgree();
        var b = Agreement.of(api, "linyi", year, run, year + ".1", l.b()).assertAgree();
        var c = Agreement.of(api, "linyi", year, run, year + ".1", l.c()).assertAgree();
        var d = Agreement.of(api, "linyi", year, run, year + ".1", l.d()).assertAgree();

        assertThat(a.job().total()).isEqualByComparingTo("94.50");
        assertThat(a.job().items())
                .containsEntry("12", dec("9"))
                .containsEntry("15", dec("3"))
                .containsEntry("19", dec("17"));
        assertThat(a.trail().path("sampledEnterprises")).hasSize(2);
        assertThat(b.job().total()).isEqualByComparingTo("90.00");
        assertThat(c.job().total()).isEqualByComparingTo("100.00");
        assertThat(c.job().grade()).isEqualTo("差");
        assertThat(d.job().total()).isNull();
        assertThat(d.preview().total()).isNull();
        assertThat(d.problems()).anySatisfy(p -> assertThat(p).contains("抽查"));
        assertThat(a.rank()).isEqualTo(1);
        assertThat(b.rank()).isEqualTo(2);
        assertThat(c.rank()).isEqualTo(3);
        assertThat(d.rank()).isNull();
    }

    @Test
    void suzhou() {
        int year = 2013;
        new TestData(jdbc, schemes).activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", year);
        Api api = new Api(port);
        var r = recorder(api, "suzhou", year);
        // Populations.suzhou works them: 甲 104.00 五星 (+5 for volume rank 1), 乙 102.00 五星 (+4), 丙 104.00 but V1
        var p = Populations.suzhou(r, "苏州甲", "苏州乙", "苏州丙");

        String run = r.rate();
        var a = Agreement.of(api, "suzhou", year, run, year + ".1", p.a()).assertAgree();
        var b = Agreement.of(api, "suzhou", year, run, year + ".1", p.b()).assertAgree();
        var c = Agreement.of(api, "suzhou", year, run, year + ".1", p.c()).assertAgree();

        assertThat(a.job().total()).isEqualByComparingTo("104.00");
        assertThat(a.job().items()).containsEntry("20", dec("5")).containsEntry("19", dec("9"));
        assertThat(b.job().total()).isEqualByComparingTo("102.00");
        assertThat(b.job().items()).containsEntry("20", dec("4"));
        assertThat(c.job().total()).isEqualByComparingTo("104.00");
        assertThat(c.job().grade()).isEqualTo("不予评定星级");
        assertThat(a.rank()).isEqualTo(1);
        assertThat(b.rank()).isEqualTo(2);
        assertThat(c.rank()).isEqualTo(3);
        // the preview's rank bonus is computed against the year's population, and it says so
        JsonNode notes = api.data(
                        "suzhou-admin",
                        "query($a: ID!, $y: Int!) { preview(agencyId: $a, year: $y) { notes } }",
                        Map.of("a", Long.toString(p.a()), "y", year))
                .path("preview")
                .path("notes");
        assertThat(notes.get(0).asString()).contains("排名加分", "参评机构");
    }

    @Test
    void foshan() {
        int year = 2014;
        new TestData(jdbc, schemes).activeSeedSchemeFor("foshan", "tenants/foshan/foshan-2023.yaml", year);
        Api api = new Api(port);
        var r = recorder(api, "foshan", year);
        // 综合诚信考评标准: 服务规范 25 (1–8 −2 each), 服务质量 50 (9 不良信息 −10, 10.1 未归档 −2, 11: 50 − P/2),
        // 服务效果 25 (12: 25 − P/4, P = mean form total, A/B/C = 10/7/3), 13 表彰 市级 +5; 注4 "近两年未开展业务的专业
        // 服务机构或被立案处罚不能参与考评和排名"; 分类考核 by category; two decimals
        // FA (evaluation): reviews 100, 100 → 0 off; survey AAAAAAAAAA = 100 → 0 off; 10.1 ×1 −2; 市级表彰 +5
        //     → 100 − 2 + 5 = 103.00 优秀
        long fa = r.agency("佛山甲", "evaluation", null);
        r.engagement(fa);
        r.reportReviews(fa, "100", "100");
        r.surveys(fa, "AAAAAAAAAA");
        r.finding(fa, "10.1", 1);
        r.honour(fa, "city", "市安全生产先进单位");
        // FB (evaluation): review 90 → 50 − 45 = 5 off; survey AAAAABBBCA = 6 × 10 + 3 × 7 + 3 = 84 → 25 − 21 = 4 off
        //     → 91.00 优秀
        long fb = r.agency("佛山乙", "evaluation", null);
        r.engagement(fb);
        r.reportReviews(fb, "90");
        r.surveys(fb, "AAAAABBBCA");
        // FC (training): 立案处罚 → E2, excluded with no review and no survey entered (none invented)
        long fc = r.agency("佛山丙", "training", null);
        r.engagement(fc);
        r.sanction(fc, "penaltyCase", "city");
        // FD (training, business the year before only: still "近两年"): 不良信息 as a finding under 9.1 −10;
        //     review 100, survey 100 → 90.00 优秀. The same event as a sanction is refused, naming 9.1
        long fd = r.agency("佛山丁", "training", null);
        r.engagement(fd, LocalDate.of(year - 1, 9, 1));
        r.reportReviews(fd, "100");
        r.surveys(fd, "AAAAAAAAAA");
        r.finding(fd, "9.1", 1);
        JsonNode refused = r.refusedSanction(fd, "badRecord", "city");
        assertThat(FactRecorder.codes(refused)).containsExactly("RECORD_AS_FINDING");
        assertThat(refused.get(0).path("field").asString()).isEqualTo("input.type");
        assertThat(refused.get(0).path("message").asString()).contains("检查发现", "9.1");
        // FE (testing): its only engagement is 2 years back → businessInTwoYears 0 → E1, nothing else needed
        long fe = r.agency("佛山戊", "testing", null);
        r.engagement(fe, LocalDate.of(year - 2, 6, 1));

        String run = r.rate();
        var a = Agreement.of(api, "foshan", year, run, year + ".1", fa).assertAgree();
        var b = Agreement.of(api, "foshan", year, run, year + ".1", fb).assertAgree();
        var c = Agreement.of(api, "foshan", year, run, year + ".1", fc).assertAgree();
        var d = Agreement.of(api, "foshan", year, run, year + ".1", fd).assertAgree();
        var e = Agreement.of(api, "foshan", year, run, year + ".1", fe).assertAgree();

        assertThat(a.job().total()).isEqualByComparingTo("103.00");
        assertThat(b.job().total()).isEqualByComparingTo("91.00");
        assertThat(c.job().exclusion()).isEqualTo("E2");
        assertThat(c.job().total()).isNull();
        assertThat(d.job().total()).isEqualByComparingTo("90.00");
        assertThat(e.job().exclusion()).isEqualTo("E1");
        assertThat(a.rank()).isEqualTo(1);
        assertThat(b.rank()).isEqualTo(2);
        assertThat(d.rank()).isEqualTo(3);
        assertThat(c.rank()).isNull();
        assertThat(e.rank()).isNull();
    }

    @Test
    void putianScoresNothingAndEveryReaderSaysSo() {
        // 莆田 (莆应急〔2021〕118号) is a yes/no checklist campaign without points: the preview, the rating and the
        // what-if each refuse it, in Chinese
        int year = 2015;
        new TestData(jdbc, schemes).activeSeedSchemeFor("putian", "tenants/putian/putian-2021.yaml", year);
        Api api = new Api(port);
        long agency = new TestData(jdbc, schemes).agency("putian", "莆田培训机构" + AgencyFixtures.marker(), "training");
        String previewError = api.errorMessage(
                "putian-admin",
                "query($a: ID!, $y: Int!) { preview(agencyId: $a, year: $y) { total } }",
                Map.of("a", Long.toString(agency), "y", year));
        JsonNode started = api.data(
                        "putian-admin",
                        "mutation($input: StartRatingInput!) { startRating(input: $input) { run { id } errors { code message } } }",
                        Map.of("input", Map.of("year", year, "reason", "年度评定")))
                .path("startRating");
        String compareError = api.errorMessage(
                "putian-admin",
                "query($y: Int!, $v: String!) { compareSchemes(year: $y, versionA: $v, versionB: $v) { rows { agencyId } } }",
                Map.of("y", year, "v", year + ".1"));

        assertThat(previewError).contains("检查表", "不计分");
        assertThat(FactRecorder.codes(started.path("errors"))).containsExactly("NOT_SCORED");
        assertThat(started.path("errors").get(0).path("message").asString()).contains("检查表", "不计分");
        assertThat(compareError).contains("检查表", "不计分");
    }

    /** A recorder of the city's facts through GraphQL, with names, credit codes and ID numbers of its own. */
    private FactRecorder recorder(Api api, String city, int year) {
        return new FactRecorder(
                api::data, FactRecorder.Identities.unique(), city, year, new AgencyFixtures(jdbc, port).district(city));
    }

    private static java.math.BigDecimal dec(String value) {
        return new java.math.BigDecimal(value).stripTrailingZeros();
    }
}
