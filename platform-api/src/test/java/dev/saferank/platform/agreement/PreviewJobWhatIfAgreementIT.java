package dev.saferank.platform.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.agency.AgencyFixtures;
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
    void quanzhou() throws InterruptedException {
        int year = 2011;
        new TestData(jdbc, schemes).activeSeedSchemeFor("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", year);
        Api api = new Api(port);
        var r = new Recorder(api, new AgencyFixtures(jdbc, port), "quanzhou", year);
        // 诚信考评表 (附件5): items 1–20 = 100; 3: "少1人扣6分" below 3 registered engineers; 12.1 −2 each (item 6);
        // 13.1 −1 each; 14.5a −0.5 each "扣满2分为止"; 21 表彰 省级 +5 (加分 ≤ 10); 22 县级约谈 −8;
        // "市级以上通报批评, 直接评定为不合格" (V2); "全年未开展业务的服务机构不参与考评和排名" (E1); one decimal
        // QA: 14.5a ×5 = 2.5 → capped 2; 12.1 ×1 −2; 省级表彰 +5 → 100 − 2 − 2 + 5 = 101.0 优秀
        long qa = agency(r, "泉州甲", 3);
        r.finding(qa, "14.5a", 5);
        r.finding(qa, "12.1", 1);
        r.honour(qa, "province", "安全生产先进单位");
        // QB: 2 engineers → item 3: 18 − 6 × (3 − 2) = 12; 县级约谈 −8 → 100 − 6 − 8 = 86.0 良好
        long qb = agency(r, "泉州乙", 2);
        r.sanction(qb, "interview", "county");
        // QC: 省级通报批评: no points (22.3 names city, county, town) but V2 → 100.0 不合格, ranked last
        long qc = agency(r, "泉州丙", 3);
        r.sanction(qc, "circular", "province");
        // QD: its only engagement is of the year before → hadBusiness 0 → E1, no total
        long qd = r.agency("泉州丁", "evaluation", null);
        r.staff(qd, 3, "registeredSafetyEngineer");
        r.engagement(qd, LocalDate.of(year - 1, 11, 30));
        // QE: 13.1 ×2 → 6 − 2 = 4 → 98.0 优秀; a 省级约谈 is kept on record but scores nothing (listed)
        long qe = agency(r, "泉州戊", 3);
        r.finding(qe, "13.1", 2);
        r.sanction(qe, "interview", "province");

        String run = rate(api, "quanzhou", year);
        var a = Agreement.of(api, "quanzhou", year, run, year + ".1", qa).assertAgree();
        var b = Agreement.of(api, "quanzhou", year, run, year + ".1", qb).assertAgree();
        var c = Agreement.of(api, "quanzhou", year, run, year + ".1", qc).assertAgree();
        var d = Agreement.of(api, "quanzhou", year, run, year + ".1", qd).assertAgree();
        var e = Agreement.of(api, "quanzhou", year, run, year + ".1", qe).assertAgree();

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
    void linyi() throws InterruptedException {
        int year = 2012;
        new TestData(jdbc, schemes).activeSeedSchemeFor("linyi", "tenants/linyi/linyi-2022.yaml", year);
        Api api = new Api(port);
        var r = new Recorder(api, new AgencyFixtures(jdbc, port), "linyi", year);
        // 分类等级管理检查表 (附件1): 基础管理 20 (1: office ≥ 200 ㎡ keeps 4; 2: 10 full-time, 8 注安/评价师, 5 other
        // titles keep 4; 3.1 "少一项扣 1分"), 报告评查 20, 工作实绩 30 scored at each sampled enterprise and averaged
        // ("随机抽取…到企业现场进行考评打分，取平均值"; 12.1 −2, 15.1 −2 per place), 19 抽考: mean × 20 / 100 of at
        // least half the technical staff (4 → 2 scores), 20 评议表: mean; V3 "出具虚假报告" → 差; two decimals
        // LA: two enterprises sampled: the first 12.1 + 15.1 → 30 − 4 = 26, the second clean → 30: (26 + 30) / 2
        //     = 28; exam (80 + 90) / 2 = 85 → 17; 评议 (9 + 10) / 2 = 9.5 → 20 + 20 + 28 + 17 + 9.5 = 94.50 优秀
        long la = linyiAgency(r, "临沂甲");
        long checked = r.engagement(la);
        long clean = r.engagement(la);
        r.sampled(la, checked);
        r.sampled(la, clean);
        r.finding(la, "12.1", 1, checked);
        r.finding(la, "15.1", 1, checked);
        r.exams(la, "80", "90");
        r.satisfaction(la, null, "9", "10");
        // LB: 3.1 ×2 → item 3: 2 → 基础管理 18; one clean sample → 30; exam 70, 70 → 14; 评议 8
        //     → 18 + 20 + 30 + 14 + 8 = 90.00 优秀
        long lb = linyiAgency(r, "临沂乙");
        r.sampled(lb, r.engagement(lb));
        r.finding(lb, "3.1", 2);
        r.exams(lb, "70", "70");
        r.satisfaction(lb, null, "8");
        // LC: V3 (出具虚假报告) → 差 whatever its 20 + 20 + 30 + 20 + 10 = 100.00; ranked below every other
        long lc = linyiAgency(r, "临沂丙");
        r.sampled(lc, r.engagement(lc));
        r.finding(lc, "V3", 1);
        r.exams(lc, "100", "100");
        r.satisfaction(lc, null, "10");
        // LD: no enterprise sampled for it: its 工作实绩 cannot be scored, no total, and the trail says why
        long ld = linyiAgency(r, "临沂丁");
        r.engagement(ld);
        r.exams(ld, "80", "80");
        r.satisfaction(ld, null, "9");

        String run = rate(api, "linyi", year);
        var a = Agreement.of(api, "linyi", year, run, year + ".1", la).assertAgree();
        var b = Agreement.of(api, "linyi", year, run, year + ".1", lb).assertAgree();
        var c = Agreement.of(api, "linyi", year, run, year + ".1", lc).assertAgree();
        var d = Agreement.of(api, "linyi", year, run, year + ".1", ld).assertAgree();

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
    void suzhou() throws InterruptedException {
        int year = 2013;
        new TestData(jdbc, schemes).activeSeedSchemeFor("suzhou", "tenants/suzhou/suzhou-2023.yaml", year);
        Api api = new Api(port);
        var r = new Recorder(api, new AgencyFixtures(jdbc, port), "suzhou", year);
        // 星级评定 (附录A): 基础管理 20 (1: office ≥ 100 ㎡; 2: ≥ 5 qualified staff, no 挂靠; 3.1 −0.5 each),
        // 服务质量 60, 18 = 10, 19 = mean of the three evaluator groups' means; 20.1 "按业务量进行排名，第1-2名加5分，
        // 第3-4名加4分" over the year's population; 7.6.2 不予评级 (V1); bands 五星 ≥ 90; two decimals
        // SA: 3 engagements (rank 1 → +5); 评议 9 in each group → 19 = 9 → 20 + 60 + 19 + 5 = 104.00 五星
        long sa = suzhouAgency(r, "苏州甲", 3);
        // SB: 1 engagement (rank 3 → +4); 3.1 ×2 → −1 → 19 + 60 + 19 + 4 = 102.00 五星
        long sb = suzhouAgency(r, "苏州乙", 1);
        r.finding(sb, "3.1", 2);
        // SC: 2 engagements (rank 2 → +5): 104.00 by points, V1 → 不予评定星级, ranked below every other
        long sc = suzhouAgency(r, "苏州丙", 2);
        r.finding(sc, "V1", 1);

        String run = rate(api, "suzhou", year);
        var a = Agreement.of(api, "suzhou", year, run, year + ".1", sa).assertAgree();
        var b = Agreement.of(api, "suzhou", year, run, year + ".1", sb).assertAgree();
        var c = Agreement.of(api, "suzhou", year, run, year + ".1", sc).assertAgree();

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
                        Map.of("a", Long.toString(sa), "y", year))
                .path("preview")
                .path("notes");
        assertThat(notes.get(0).asString()).contains("排名加分", "参评机构");
    }

    @Test
    void foshan() throws InterruptedException {
        int year = 2014;
        new TestData(jdbc, schemes).activeSeedSchemeFor("foshan", "tenants/foshan/foshan-2023.yaml", year);
        Api api = new Api(port);
        var r = new Recorder(api, new AgencyFixtures(jdbc, port), "foshan", year);
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
        assertThat(Recorder.codes(refused)).containsExactly("RECORD_AS_FINDING");
        assertThat(refused.get(0).path("field").asString()).isEqualTo("input.type");
        assertThat(refused.get(0).path("message").asString()).contains("检查发现", "9.1");
        // FE (testing): its only engagement is 2 years back → businessInTwoYears 0 → E1, nothing else needed
        long fe = r.agency("佛山戊", "testing", null);
        r.engagement(fe, LocalDate.of(year - 2, 6, 1));

        String run = rate(api, "foshan", year);
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
        assertThat(Recorder.codes(started.path("errors"))).containsExactly("NOT_SCORED");
        assertThat(started.path("errors").get(0).path("message").asString()).contains("检查表", "不计分");
        assertThat(compareError).contains("检查表", "不计分");
    }

    /** A 泉州 agency with {@code engineers} full-time registered safety engineers and business in the year. */
    private static long agency(Recorder r, String name, int engineers) {
        long id = r.agency(name, "evaluation", null);
        r.staff(id, engineers, "registeredSafetyEngineer");
        r.engagement(id);
        return id;
    }

    /** 临沂: office 250 ㎡, 10 full-time staff of whom 8 注安, 5 other titles and 4 technical staff entered. */
    private static long linyiAgency(Recorder r, String name) {
        long id = r.agency(name, "evaluation", "250");
        r.staff(id, 8, "registeredSafetyEngineer");
        r.staff(id, 2, null);
        r.data(id, "otherIntermediateTitles", "5");
        r.data(id, "technicalStaff", "4");
        return id;
    }

    /** 苏州: office 150 ㎡, 5 qualified staff, {@code engagements} services in the year, 评议 9 by each group. */
    private static long suzhouAgency(Recorder r, String name, int engagements) {
        long id = r.agency(name, "evaluation", "150");
        r.staff(id, 5, "registeredSafetyEngineer");
        for (int i = 0; i < engagements; i++) {
            r.engagement(id);
        }
        r.satisfaction(id, "county", "9");
        r.satisfaction(id, "town", "9");
        r.satisfaction(id, "enterprise", "9");
        return id;
    }

    /** Starts the year's rating over GraphQL and waits for the worker to complete it; returns the run id. */
    private static String rate(Api api, String city, int year) throws InterruptedException {
        JsonNode started = api.data(
                        city + "-admin",
                        "mutation($input: StartRatingInput!) { startRating(input: $input) { run { id } errors { code message } } }",
                        Map.of("input", Map.of("year", year, "reason", year + "年度评定")))
                .path("startRating");
        assertThat(started.path("errors").size()).as(started.toString()).isZero();
        String run = started.path("run").path("id").asString();
        JsonNode progress = null;
        for (int i = 0; i < 400; i++) {
            progress = api.data(
                            city + "-admin",
                            "query($id: ID!) { ratingRun(id: $id) { status error } }",
                            Map.of("id", run))
                    .path("ratingRun");
            if (progress.path("status").asString().matches("completed|failed")) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(progress.path("status").asString())
                .as(String.valueOf(progress))
                .isEqualTo("completed");
        return run;
    }

    private static java.math.BigDecimal dec(String value) {
        return new java.math.BigDecimal(value).stripTrailingZeros();
    }
}
