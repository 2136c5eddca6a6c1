package dev.saferank.batch.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.servers.spring.RealServersInitializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The publication job on hand-worked results of the seed cities, run the way production runs it: a queued
 * publication row is claimed by the worker's schedule.
 */
@SpringBootTest(
        properties = {
            "saferank.publication.worker.enabled=true",
            "saferank.publication.worker.poll-ms=300",
            "saferank.publication.chunk=5"
        })
@ContextConfiguration(initializers = RealServersInitializer.class)
class PublicationJobIT {

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(jdbc);
    }

    @Test
    void refusesToPublishWhileTheNoticeRuns() {
        String scheme = fx.scheme("quanzhou", "泉州市应急管理局");
        long run = fx.run("quanzhou", 2041, scheme);
        fx.result("quanzhou", run, "泉州甲", "evaluation", "91.0", "优秀", 1, null, null);
        // the notice's last day is today: it is still running until midnight in China
        long notice = fx.notice("quanzhou", 2041, run, Fixtures.today());

        Map<String, Object> p = awaitEnd(fx.publish("quanzhou", 2041, notice, run));

        assertThat(p.get("status")).isEqualTo("refused");
        assertThat((String) p.get("error")).isEqualTo("公示期至" + Fixtures.today() + "（含）尚未结束，公示期满后方可公布");
        assertThat(p.get("active_key")).isNull();
        assertThat(noticeStatus(notice)).isEqualTo("open");
        assertThat(entries((Long) p.get("id"))).isEmpty();
    }

    @Test
    void refusesToPublishWhileAnObjectionIsOpen() {
        String scheme = fx.scheme("quanzhou", "泉州市应急管理局");
        long run = fx.run("quanzhou", 2042, scheme);
        long agency = fx.result("quanzhou", run, "泉州乙", "evaluation", "91.0", "优秀", 1, null, null);
        long notice = fx.notice("quanzhou", 2042, run, Fixtures.today().minusDays(1));
        fx.objection("quanzhou", notice, agency, "open");
        fx.objection("quanzhou", notice, agency, "rejected");

        Map<String, Object> p = awaitEnd(fx.publish("quanzhou", 2042, notice, run));

        assertThat(p.get("status")).isEqualTo("refused");
        assertThat((String) p.get("error")).isEqualTo("尚有1件异议未处理，处理完毕后方可公布");
        assertThat(noticeStatus(notice)).isEqualTo("open");
    }

    @Test
    void foshanNamesTheTop15OfEachCategoryAndEveryAgencyTiedAt15() {
        String scheme = fx.scheme("foshan", "佛山市应急管理局");
        long run = fx.run("foshan", 2043, scheme);
        // evaluation: 14 distinct totals 98, 97, …, 85 (group ranks 1–14), then two at 84.5 sharing rank 15,
        // then 80 at rank 17 (competition ranking 1, 1, 3). grouping.top 15 → ranks 1–15 named: 16 agencies.
        for (int i = 0; i < 14; i++) {
            fx.result("foshan", run, "佛山评价" + (i + 1), "evaluation", String.valueOf(98 - i), "优秀", i + 1, i + 1, null);
        }
        long tiedA = fx.result("foshan", run, "佛山评价并列甲", "evaluation", "84.5", "合格", 15, 15, null);
        long tiedB = fx.result("foshan", run, "佛山评价并列乙", "evaluation", "84.5", "合格", 15, 15, null);
        long sixteenth = fx.result("foshan", run, "佛山评价十七", "evaluation", "80", "合格", 17, 17, null);
        // testing: three agencies, ranks 1–3 in their own category (overall 18–20): all named
        long testing = fx.result("foshan", run, "佛山检测1", "testing", "60", "不合格", 18, 1, null);
        fx.result("foshan", run, "佛山检测2", "testing", "59", "不合格", 19, 2, null);
        fx.result("foshan", run, "佛山检测3", "testing", "58", "不合格", 20, 3, null);
        fx.excluded("foshan", run, "佛山两年无业务");
        long notice = fx.notice("foshan", 2043, run, Fixtures.today().minusDays(1));

        Map<String, Object> p = awaitEnd(fx.publish("foshan", 2043, notice, run));

        assertThat(p.get("status")).isEqualTo("published");
        assertThat(p.get("seq")).isEqualTo(1);
        assertThat(p.get("published_by")).isEqualTo("test-admin");
        assertThat(p.get("entries_count")).isEqualTo(20); // the excluded agency is never published
        assertThat(noticeStatus(notice)).isEqualTo("published");
        List<Map<String, Object>> named = jdbc.queryForList(
                "SELECT agency_id, category FROM publication_entry WHERE publication_id = ? AND lists = 'benchmark'"
                        + " AND public = 1",
                p.get("id"));
        assertThat(named).hasSize(19);
        assertThat(named).extracting(r -> r.get("agency_id")).contains(tiedA, tiedB, testing);
        assertThat(named).extracting(r -> r.get("agency_id")).doesNotContain(sixteenth);
        Map<String, Object> notNamed = entry((Long) p.get("id"), sixteenth);
        assertThat(notNamed.get("public")).isEqualTo(false);
        assertThat((String) p.get("lists")).contains("佛山市安全生产技术服务标杆机构", "\"validMonths\":12");

        // a violation revokes the title: a new publication, the old one unchanged
        List<Map<String, Object>> before = entries((Long) p.get("id"));
        Map<String, Object> revoked =
                awaitEnd(fx.downgrade("foshan", 2043, (Long) p.get("id"), tiedA, "2024年3月出具虚假报告被立案处罚"));
        assertThat(revoked.get("status")).isEqualTo("published");
        assertThat(revoked.get("seq")).isEqualTo(2);
        assertThat(revoked.get("supersedes_id")).isEqualTo(p.get("id"));
        Map<String, Object> tiedAfter = entry((Long) revoked.get("id"), tiedA);
        assertThat(tiedAfter.get("lists")).isEqualTo("");
        assertThat(tiedAfter.get("public")).isEqualTo(true);
        assertThat(tiedAfter.get("note")).isEqualTo("取消佛山市安全生产技术服务标杆机构称号：2024年3月出具虚假报告被立案处罚");
        assertThat(entry((Long) revoked.get("id"), tiedB).get("lists")).isEqualTo("benchmark");
        assertThat(entries((Long) p.get("id"))).isEqualTo(before);
    }

    @Test
    void quanzhouPublishesTheBestTenToTwentyAndTheWorstTen() {
        String scheme = fx.scheme("quanzhou", "泉州市应急管理局");
        long run = fx.run("quanzhou", 2044, scheme);
        long[] a = new long[25];
        // 24 rated agencies (N = 24). Grades: 优秀 a1, a3, a4 (3); a2 94.5 but vetoed to 不合格 (V1);
        // 良好 a5–a12 (8); 合格 a13–a22 (10); 不合格 a23, a24 at 55 (and a2): 3.
        a[1] = res(run, 1, "96.0", "优秀", 1, null);
        a[2] = res(run, 2, "94.5", "不合格", 2, "V1");
        a[3] = res(run, 3, "91.0", "优秀", 3, null);
        a[4] = res(run, 4, "90.0", "优秀", 4, null);
        String[] good = {"89", "88", "87", "86", "85"};
        for (int i = 0; i < 5; i++) {
            a[5 + i] = res(run, 5 + i, good[i], "良好", 5 + i, null);
        }
        a[10] = res(run, 10, "84.0", "良好", 10, null);
        a[11] = res(run, 11, "84.0", "良好", 10, null);
        a[12] = res(run, 12, "83.0", "良好", 12, null);
        String[] fair = {"79", "78", "75", "72", "70", "68", "66", "64", "62", "61"};
        for (int i = 0; i < 10; i++) {
            a[13 + i] = res(run, 13 + i, fair[i], "合格", 13 + i, null);
        }
        a[23] = res(run, 23, "55.0", "不合格", 23, null);
        a[24] = res(run, 24, "55.0", "不合格", 23, null);
        long notice = fx.notice("quanzhou", 2044, run, Fixtures.today().minusDays(3));
        fx.objection("quanzhou", notice, a[5], "accepted");

        Map<String, Object> p = awaitEnd(fx.publish("quanzhou", 2044, notice, run));
        long id = (Long) p.get("id");

        assertThat(p.get("status")).isEqualTo("published");
        // best: 3 are 优秀, fewer than 10, so cut = max(10, 3) = 10: ranks ≤ 10 without the vetoed a2 —
        // a1, a3–a9 and both agencies tied at rank 10 (a10, a11): 10 named.
        assertThat(onList(id, "best"))
                .containsExactlyInAnyOrder(a[1], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]);
        // worst: 1 + (agencies with a strictly lower total) ≤ 10: a24/a23 (55) 1, a22 (61) 3, … a15 (75) 10;
        // a14 (78) has 10 below it → 11, not named.
        assertThat(onList(id, "worst"))
                .containsExactlyInAnyOrder(a[15], a[16], a[17], a[18], a[19], a[20], a[21], a[22], a[23], a[24]);
        // entries: all → every rated agency's result is public
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM publication_entry WHERE publication_id = ? AND public = 1",
                        Integer.class,
                        id))
                .isEqualTo(24);
    }

    @Test
    void linyiPublishesOnlyGeneralAndAboveAndKeepsThePoorForTheBureau() {
        String scheme = fx.scheme("linyi", "临沂市应急管理局");
        long run = fx.run("linyi", 2045, scheme);
        long excellent = fx.result("linyi", run, "临沂优秀", "evaluation", "92.00", "优秀", 1, null, null);
        long good = fx.result("linyi", run, "临沂良好", "evaluation", "85.00", "良好", 2, null, null);
        long general = fx.result("linyi", run, "临沂一般", "evaluation", "70.00", "一般", 3, null, null);
        long poor = fx.result("linyi", run, "临沂差", "evaluation", "69.99", "差", 4, null, null);
        long vetoed = fx.result("linyi", run, "临沂虚假报告", "evaluation", "88.00", "差", 2, null, "V1");
        long notice = fx.notice("linyi", 2045, run, Fixtures.today().minusDays(1));

        long id = (Long) awaitEnd(fx.publish("linyi", 2045, notice, run)).get("id");

        List<Long> published = jdbc.queryForList(
                "SELECT agency_id FROM publication_entry WHERE publication_id = ? AND public = 1", Long.class, id);
        // 四（三） "最终评定为一般等级以上的…名单…予以公布"; 六（三） "分类等级评定差的的机构不得开展行政许可、三同时审查、标准化评审、
        // 双体系建设、全要素评价及企业诊断性检查等工作": only 一般 and above are announced; the 差 are on the bar list, kept for the
        // bureau (which applies the bar) like the interview list
        assertThat(published).containsExactlyInAnyOrder(excellent, good, general);
        assertThat(onList(id, "published")).containsExactlyInAnyOrder(excellent, good, general);
        assertThat(onList(id, "restricted")).containsExactlyInAnyOrder(poor, vetoed);
        // 五、结果运用 "对评估 70 分以下…约谈主要负责人，予以警告并责令限期停业整改": 69.99 is below 70, the vetoed 88.00 is not,
        // and 70.00 (一般) is not; kept for the bureau only
        assertThat(onList(id, "interview")).containsExactly(poor);
        assertThat(jdbc.queryForObject(
                        "SELECT lists FROM publication_entry WHERE publication_id = ? AND agency_id = ?",
                        String.class,
                        id,
                        poor))
                .isEqualTo("interview,restricted");
    }

    @Test
    void suzhouLowersAStarInANewPublicationAndTheOldStaysAsItWas() {
        String scheme = fx.scheme("suzhou", "苏州市应急管理局");
        long run = fx.run("suzhou", 2046, scheme);
        long five = fx.result("suzhou", run, "苏州五星", "consulting", "91.00", "五星", 1, null, null);
        long four = fx.result("suzhou", run, "苏州四星", "consulting", "80.00", "四星", 2, null, null);
        long three = fx.result("suzhou", run, "苏州三星", "consulting", "65.00", "三星", 3, null, null);
        long none = fx.result("suzhou", run, "苏州无星", "consulting", "50.00", "不予评定星级", 4, null, null);
        long notice = fx.notice("suzhou", 2046, run, Fixtures.today().minusDays(1));
        Map<String, Object> first = awaitEnd(fx.publish("suzhou", 2046, notice, run));
        long old = (Long) first.get("id");
        assertThat(onList(old, "fiveStar")).containsExactly(five);
        assertThat(onList(old, "fourStar")).containsExactly(four);
        assertThat(onList(old, "threeStar")).containsExactly(three);
        assertThat(entry(old, none).get("public")).isEqualTo(false);
        // the public search learns of it in the same transaction: the announced entries only
        assertThat(enqueuedForSearch(old)).containsExactlyInAnyOrder(five, four, three);
        List<Map<String, Object>> before = entries(old);

        Map<String, Object> second = awaitEnd(fx.downgrade("suzhou", 2046, old, five, "2024年3月受市应急管理局约谈"));

        long now = (Long) second.get("id");
        assertThat(second.get("status")).isEqualTo("published");
        assertThat(second.get("supersedes_id")).isEqualTo(old);
        Map<String, Object> lowered = entry(now, five);
        assertThat(lowered.get("grade")).isEqualTo("五星");
        assertThat(lowered.get("published_grade")).isEqualTo("四星");
        assertThat(lowered.get("lists")).isEqualTo("fourStar");
        assertThat(lowered.get("note")).isEqualTo("等级由五星降为四星：2024年3月受市应急管理局约谈");
        assertThat(onList(now, "fourStar")).containsExactlyInAnyOrder(five, four);
        // the new entries, and the old ones again: they are superseded now
        assertThat(enqueuedForSearch(now)).containsExactlyInAnyOrder(five, four, three);
        assertThat(enqueuedForSearch(old)).containsExactlyInAnyOrder(five, five, four, four, three, three);
        // published rows never change: the old publication reads exactly as before, its checksum still holds
        assertThat(entries(old)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM publication WHERE id = ?", String.class, old))
                .isEqualTo("published");

        Map<String, Object> stale = awaitEnd(fx.downgrade("suzhou", 2046, old, four, "约谈"));
        assertThat(stale.get("status")).isEqualTo("refused");
        assertThat(stale.get("error")).isEqualTo("该公布已被更正或替代，只能更正最新的公布");
        Map<String, Object> lowest = awaitEnd(fx.downgrade("suzhou", 2046, now, none, "通报批评"));
        assertThat(lowest.get("error")).isEqualTo("该机构的等级已是最低（不予评定星级），无法再降低");
    }

    /**
     * 苏州 7.6.3: "机构采取虚假申报等不正当手段获得星级的，由评定部门取消已评定的星级并予以公告，该机构两年内不得申请参加星级评定".
     * The cancel publication copies the entries with the barred agency's star taken away: 五星 → 不予评定星级 (the
     * lowest of 五星 ≥90, 四星 ≥75, 三星 ≥60, 不予评定星级), on no list; the others unchanged.
     */
    @Test
    void suzhouCancelsAStarInANewPublication() {
        String scheme = fx.scheme("suzhou", "苏州市应急管理局");
        long run = fx.run("suzhou", 2049, scheme);
        long five = fx.result("suzhou", run, "苏州虚假申报五星", "consulting", "92.00", "五星", 1, null, null);
        long four = fx.result("suzhou", run, "苏州如实四星", "consulting", "80.00", "四星", 2, null, null);
        long none = fx.result("suzhou", run, "苏州无星机构", "consulting", "50.00", "不予评定星级", 3, null, null);
        long notice = fx.notice("suzhou", 2049, run, Fixtures.today().minusDays(1));
        long old = (Long) awaitEnd(fx.publish("suzhou", 2049, notice, run)).get("id");

        Map<String, Object> cancelled = awaitEnd(fx.cancel("suzhou", 2049, old, five, "虚假申报取得五星"));

        assertThat(cancelled.get("status"))
                .as(String.valueOf(cancelled.get("error")))
                .isEqualTo("published");
        long now = (Long) cancelled.get("id");
        Map<String, Object> entry = entry(now, five);
        assertThat(entry.get("grade")).isEqualTo("五星");
        assertThat(entry.get("published_grade")).isEqualTo("不予评定星级");
        assertThat(entry.get("lists")).isEqualTo("");
        assertThat(entry.get("note")).isEqualTo("取消评定等级（由五星改为不予评定星级）：虚假申报取得五星");
        assertThat(onList(now, "fiveStar")).isEmpty();
        assertThat(onList(now, "fourStar")).containsExactly(four);
        // nothing left to cancel: refused with the reason
        Map<String, Object> again = awaitEnd(fx.cancel("suzhou", 2049, now, none, "虚假申报"));
        assertThat(again.get("status")).isEqualTo("refused");
        assertThat(again.get("error")).isEqualTo("该机构已无可取消的等级或称号（不予评定星级）");
    }

    @Test
    void aCorrectionPublishesALaterRunAnewAndSaysWhatItSupersedes() {
        String scheme = fx.scheme("quanzhou", "泉州市应急管理局");
        long run = fx.run("quanzhou", 2047, scheme);
        long agency = fx.result("quanzhou", run, "泉州更正", "evaluation", "79.0", "合格", 1, null, null);
        long notice = fx.notice("quanzhou", 2047, run, Fixtures.today().minusDays(1));
        long first = (Long) awaitEnd(fx.publish("quanzhou", 2047, notice, run)).get("id");
        long rerun = fx.run("quanzhou", 2047, scheme);
        fx.jdbc.update(
                "INSERT INTO rating_result (tenant_id, run_id, agency_id, agency_name, category, raw_total, total, grade,"
                        + " trail) VALUES ('quanzhou', ?, ?, '泉州更正', 'evaluation', 81, 81, '良好', '{}')",
                rerun,
                agency);
        fx.jdbc.update(
                "INSERT INTO rating_total (tenant_id, run_id, agency_id, total, grade, overall_rank)"
                        + " VALUES ('quanzhou', ?, ?, 81, '良好', 1)",
                rerun,
                agency);

        Map<String, Object> corrected = awaitEnd(fx.correct("quanzhou", 2047, first, rerun, "异议受理后重新考评，第6项扣分有误"));

        assertThat(corrected.get("status")).isEqualTo("published");
        assertThat(corrected.get("seq")).isEqualTo(2);
        assertThat(corrected.get("supersedes_id")).isEqualTo(first);
        assertThat(entry((Long) corrected.get("id"), agency).get("grade")).isEqualTo("良好");
        assertThat(entry(first, agency).get("grade")).isEqualTo("合格");
        Map<String, Object> same = awaitEnd(fx.correct("quanzhou", 2047, (Long) corrected.get("id"), rerun, "重复"));
        assertThat(same.get("error")).isEqualTo("更正须使用重新考评后的另一考评批次");
    }

    @Test
    void aRunStoppedInsideTheEntriesResumesWithoutDuplicatesAndMatchesAnUninterruptedRun() {
        String scheme = fx.scheme("quanzhou", "泉州市应急管理局");
        long run = fx.run("quanzhou", 2048, scheme);
        long[] a = new long[13];
        for (int i = 1; i <= 12; i++) {
            a[i] = fx.result(
                    "quanzhou",
                    run,
                    "泉州续跑" + i,
                    "evaluation",
                    String.valueOf(95 - i),
                    i < 6 ? "优秀" : "良好",
                    i,
                    null,
                    null);
        }
        long notice = fx.notice("quanzhou", 2048, run, Fixtures.today().minusDays(1));
        long id = fx.publish("quanzhou", 2048, notice, run);
        // a row in the way of the third chunk (agencies 11–12, chunks of 5) makes the job fail there,
        // after two chunks were committed
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, total, grade,"
                        + " published_grade, overall_rank, public) VALUES ('quanzhou', ?, ?, 'x', 0, 'x', 'x', 0, 0)",
                id,
                a[12]);
        Map<String, Object> failed = awaitEnd(id);
        assertThat(failed.get("status")).isEqualTo("failed");
        assertThat(failed.get("error")).isEqualTo("公布作业异常中止，请联系运维人员重新运行");
        assertThat(entries(id)).hasSize(11); // 10 committed in two chunks + the obstacle

        // what kill -9 inside the chunk would have left: the row running, the execution and its step STARTED
        long execution = ((Number) failed.get("job_execution_id")).longValue();
        jdbc.update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                        + " WHERE JOB_EXECUTION_ID = ?",
                execution);
        jdbc.update(
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                        + " WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'publication.entries'",
                execution);
        jdbc.update("UPDATE publication SET status = 'running' WHERE id = ?", id);
        jdbc.update("DELETE FROM publication_entry WHERE publication_id = ? AND agency_name = 'x'", id);
        // the operator's restart once the process is gone (batch-jobs/README.md)
        jdbc.update(
                "UPDATE publication SET status = 'queued', active_key = CONCAT(tenant_id, ':', year), error = NULL"
                        + " WHERE id = ? AND status IN ('running', 'failed')",
                id);
        Map<String, Object> restarted = awaitEnd(id);

        assertThat(restarted.get("status")).isEqualTo("published");
        assertThat(entries(id)).hasSize(12);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p"
                                + " ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE p.PARAMETER_NAME = 'publication'"
                                + " AND p.PARAMETER_VALUE = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(2); // the recovered execution and its restart: one job instance
        // an uninterrupted publication of the same results has the same checksum (the digest covers every
        // column of every entry, not the publication id)
        jdbc.update("UPDATE rating_notice SET status = 'open' WHERE id = ?", notice);
        long again = fx.publish("quanzhou", 2048, notice, run);
        Map<String, Object> uninterrupted = awaitEnd(again);
        assertThat(uninterrupted.get("status")).isEqualTo("published");
        assertThat(uninterrupted.get("checksum")).isEqualTo(restarted.get("checksum"));
    }

    private long res(long run, int n, String total, String grade, int rank, String vetoes) {
        return fx.result("quanzhou", run, "泉州机构" + n, "evaluation", total, grade, rank, null, vetoes);
    }

    private List<Long> onList(long publication, String list) {
        return jdbc.queryForList(
                "SELECT agency_id FROM publication_entry WHERE publication_id = ? AND FIND_IN_SET(?, lists) > 0",
                Long.class,
                publication,
                list);
    }

    /** The agencies whose entries of the publication have search outbox rows (once per row). */
    private List<Long> enqueuedForSearch(long publication) {
        return jdbc.queryForList(
                "SELECT e.agency_id FROM search_outbox o JOIN publication_entry e ON e.id = o.entity_id"
                        + " WHERE o.entity_type = 'publicRating' AND e.publication_id = ?",
                Long.class,
                publication);
    }

    private List<Map<String, Object>> entries(long publication) {
        return jdbc.queryForList(
                "SELECT * FROM publication_entry WHERE publication_id = ? ORDER BY agency_id", publication);
    }

    private Map<String, Object> entry(long publication, long agency) {
        return jdbc.queryForMap(
                "SELECT * FROM publication_entry WHERE publication_id = ? AND agency_id = ?", publication, agency);
    }

    private String noticeStatus(long notice) {
        return jdbc.queryForObject("SELECT status FROM rating_notice WHERE id = ?", String.class, notice);
    }

    /** Waits for the worker to end the publication (published, refused or failed). */
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
