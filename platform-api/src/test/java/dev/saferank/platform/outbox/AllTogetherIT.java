package dev.saferank.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;

/**
 * All together (issue 18, point 4): two API nodes (each its own port, requests sent to them in turn), two
 * batch-jobs worker processes, RabbitMQ, MariaDB and Elasticsearch. Three cities (泉州 2023, 临沂 2022, 苏州 2023,
 * onboarded as an operator does) each run a year through both API nodes: agencies and facts, the rating
 * (claimed by an API node, which manages the job and sends its partitions over RabbitMQ to the workers), the
 * notice, an objection by the public accepted (re-rating), the publication (the publication job on an API node)
 * and the public search. The same script on one API node doing everything in its process gives the reference:
 * every run's checksum, every publication's CSV hash and entries and every public search equal the one node's,
 * and the totals the hand-worked ones; in the cluster each outbox row was delivered once, none is pending, and
 * the public index holds exactly the published rows; every partition ran on a worker, and both workers took
 * part.
 */
class AllTogetherIT {

    private static final Logger log = LoggerFactory.getLogger(AllTogetherIT.class);

    @Test
    void threeCitiesYearThroughTwoApiNodesAndTwoWorkersEqualsTheYearOnOneNode() throws Exception {
        Instant start = Instant.now();
        List<CityYear.Outcome> reference;
        List<CityYear.Outcome> together;
        // the cluster's first API node and its two worker JVMs start first: the workers get ready while the
        // one-node deployment runs its year
        try (var cluster = Deployment.cluster(2)) {
            Instant single = Instant.now();
            try (var one = Deployment.single()) {
                reference = year(one);
            }
            Instant between = Instant.now();
            cluster.ready(2);
            together = year(cluster);
            assertRequestsSpread(cluster);
            assertEveryOutboxRowDeliveredOnce(cluster);
            assertPublicIndexEqualsTables(cluster);
            assertPartitionsRanOnTheWorkers(cluster);
            log.info(
                    "all together: cluster's first node and workers launched {} s, the one-node deployment {} s,"
                            + " the cluster ready and its year {} s",
                    Duration.between(start, single).toSeconds(),
                    Duration.between(single, between).toSeconds(),
                    Duration.between(between, Instant.now()).toSeconds());
        }
        log.info(
                "all together: {} s in all",
                Duration.between(start, Instant.now()).toSeconds());

        assertHandWorked(reference);
        assertThat(together).hasSameSizeAs(reference);
        for (int i = 0; i < reference.size(); i++) {
            var one = reference.get(i);
            var all = together.get(i);
            assertThat(all.agencies())
                    .as("%s: agencies and their ids", one.city())
                    .isEqualTo(one.agencies());
            assertThat(all.runChecksums())
                    .as("%s: run versions, status and checksums", one.city())
                    .isEqualTo(one.runChecksums());
            assertThat(all.rowsSha256())
                    .as("%s: the publication's CSV hash", one.city())
                    .isEqualTo(one.rowsSha256());
            assertThat(all.published()).as("%s: published entries", one.city()).isEqualTo(one.published());
            assertThat(all.searched())
                    .as("%s: public search by name", one.city())
                    .isEqualTo(one.searched());
        }
    }

    /** The three cities' years, one after the other (the same ids in every deployment). */
    private static List<CityYear.Outcome> year(Deployment deployment) {
        Instant start = Instant.now();
        List<CityYear.Outcome> outcomes = List.of(quanzhou(deployment), linyi(deployment), suzhou(deployment));
        log.info(
                "{}: three cities' years in {} s, requests per API node {}",
                deployment.name,
                Duration.between(start, Instant.now()).toSeconds(),
                deployment.requestsPerNode());
        return outcomes;
    }

    /**
     * 泉州 2023 (诚信考评表, 附件5; PreviewJobWhatIfAgreementIT works the same agencies): items 1–20 = 100; 3 "少1人扣6分"
     * below 3 registered engineers; 12.1 −2 each; 13.1 −1 each; 14.5a −0.5 each "扣满2分为止"; 21 省级表彰 +5; 22
     * 县级约谈 −8; 市级以上通报批评 → 不合格 (V2); no business in the year → E1.
     */
    private static CityYear.Outcome quanzhou(Deployment deployment) {
        var y = new CityYear(deployment, "quanzhou", 1, 2023, "350503");
        // 安泰: 14.5a ×5 = 2.5 → capped 2; 12.1 −2; 省级表彰 +5 → 101.0; the 12.1 withdrawn on objection → 103.0 优秀
        long a = quanzhouAgency(y, "泉州安泰安全评价有限公司", 3);
        y.finding(a, "14.5a", 5);
        String objected = y.finding(a, "12.1", 1);
        y.honour(a, "province", "安全生产先进单位");
        // 鼎信: 2 engineers → 18 − 6 = 12 in item 3; 县级约谈 −8 → 100 − 6 − 8 = 86.0 良好
        long b = quanzhouAgency(y, "泉州鼎信安全技术有限公司", 2);
        y.sanction(b, "interview", "county");
        // 华盛: 省级通报批评 scores nothing but V2 → 100.0 不合格, ranked last
        long c = quanzhouAgency(y, "泉州华盛检测技术有限公司", 3);
        y.sanction(c, "circular", "province");
        // 闽南: only business of the year before → E1, no total
        long d = y.agency("泉州闽南安全咨询有限公司", "evaluation", null);
        y.staff(d, 3, "registeredSafetyEngineer");
        y.engagement(d, LocalDate.of(2022, 11, 30));
        // 海峡: 13.1 ×2 → 98.0 优秀 (a 省级约谈 is kept but scores nothing)
        long e = quanzhouAgency(y, "泉州海峡安全评价有限公司", 3);
        y.finding(e, "13.1", 2);
        y.sanction(e, "interview", "province");
        return y.end("泉州安泰安全评价有限公司", objected);
    }

    private static long quanzhouAgency(CityYear y, String name, int engineers) {
        long id = y.agency(name, "evaluation", null);
        y.staff(id, engineers, "registeredSafetyEngineer");
        y.engagement(id);
        return id;
    }

    /**
     * 临沂 2022 (分类等级管理检查表, 附件1): 基础管理 20 (3.1 "少一项扣 1分"), 报告评查 20, 工作实绩 30 scored at each sampled
     * enterprise and averaged (12.1 −2, 15.1 −2 per place), 19 抽考 mean × 20 / 100, 20 评议 mean; V3 出具虚假报告 →
     * 差; two decimals.
     */
    private static CityYear.Outcome linyi(Deployment deployment) {
        var y = new CityYear(deployment, "linyi", 2, 2022, "371302");
        // 鲁安: two enterprises sampled: 30 − 4 = 26 and 30 → 28; exams (80 + 90) / 2 = 85 → 17; 评议 9.5
        //     → 20 + 20 + 28 + 17 + 9.5 = 94.50 优秀
        long a = linyiAgency(y, "临沂鲁安检测技术有限公司");
        long checked = y.engagement(a);
        long clean = y.engagement(a);
        y.sampled(a, checked);
        y.sampled(a, clean);
        y.finding(a, "12.1", 1, checked);
        y.finding(a, "15.1", 1, checked);
        y.exams(a, "80", "90");
        y.satisfaction(a, null, "9", "10");
        // 沂蒙: 3.1 ×2 → 基础管理 18; 30; exams 70 → 14; 评议 8 → 90.00; the 3.1 withdrawn on objection
        //     → 20 + 20 + 30 + 14 + 8 = 92.00 优秀
        long b = linyiAgency(y, "临沂沂蒙安全评价有限公司");
        y.sampled(b, y.engagement(b));
        String objected = y.finding(b, "3.1", 2);
        y.exams(b, "70", "70");
        y.satisfaction(b, null, "8");
        // 兰山: V3 → 差 whatever its 100.00, ranked last
        long c = linyiAgency(y, "临沂兰山安全技术服务有限公司");
        y.sampled(c, y.engagement(c));
        y.finding(c, "V3", 1);
        y.exams(c, "100", "100");
        y.satisfaction(c, null, "10");
        // 河东: no enterprise sampled: 工作实绩 cannot be scored, no total
        long d = linyiAgency(y, "临沂河东安全咨询有限公司");
        y.engagement(d);
        y.exams(d, "80", "80");
        y.satisfaction(d, null, "9");
        return y.end("临沂沂蒙安全评价有限公司", objected);
    }

    /** 临沂: office 250 ㎡, 10 full-time staff of whom 8 注安, 5 other titles and 4 technical staff entered. */
    private static long linyiAgency(CityYear y, String name) {
        long id = y.agency(name, "evaluation", "250");
        y.staff(id, 8, "registeredSafetyEngineer");
        y.staff(id, 2, null);
        y.data(id, "otherIntermediateTitles", "5");
        y.data(id, "technicalStaff", "4");
        return id;
    }

    /**
     * 苏州 2023 (星级评定, 附录A): 基础管理 20 (3.1 −0.5 each), 服务质量 60, 19 = mean of the three groups' 评议 (9 each
     * → 9), 20.1 business-volume rank 1–2 +5, 3–4 +4; 7.6.2 不予评级 (V1); 五星 ≥ 90; two decimals.
     */
    private static CityYear.Outcome suzhou(Deployment deployment) {
        var y = new CityYear(deployment, "suzhou", 3, 2023, "320508");
        // 恒信: 3 engagements (volume rank 1 → +5) → 20 + 60 + 19 + 5 = 104.00 五星
        suzhouAgency(y, "苏州恒信安全咨询有限公司", 3);
        // 明达: 1 engagement (rank 3 → +4); 3.1 ×2 → −1 → 102.00; withdrawn on objection → 103.00 五星
        long b = suzhouAgency(y, "苏州明达安全评价有限公司", 1);
        String objected = y.finding(b, "3.1", 2);
        // 吴中: 2 engagements (rank 2 → +5): 104.00, but V1 → 不予评定星级, ranked last
        long c = suzhouAgency(y, "苏州吴中安全技术有限公司", 2);
        y.finding(c, "V1", 1);
        return y.end("苏州明达安全评价有限公司", objected);
    }

    /** 苏州: office 150 ㎡, 5 qualified staff, {@code engagements} services in the year, 评议 9 by each group. */
    private static long suzhouAgency(CityYear y, String name, int engagements) {
        long id = y.agency(name, "evaluation", "150");
        y.staff(id, 5, "registeredSafetyEngineer");
        for (int i = 0; i < engagements; i++) {
            y.engagement(id);
        }
        y.satisfaction(id, "county", "9");
        y.satisfaction(id, "town", "9");
        y.satisfaction(id, "enterprise", "9");
        return id;
    }

    /** The published totals, grades and ranks as worked by hand above (after the re-rating). */
    private static void assertHandWorked(List<CityYear.Outcome> outcomes) {
        Map<String, Map<String, String>> standings = new HashMap<>();
        for (var outcome : outcomes) {
            Map<String, String> byName = new TreeMap<>();
            for (String entry : outcome.published()) {
                String[] cells = entry.split(" ");
                // name total grade publishedGrade rank N …; an agency without a total has no standing to check
                if (!cells[1].matches("-?\\d+(\\.\\d+)?")) {
                    continue;
                }
                byName.put(
                        cells[0],
                        new BigDecimal(cells[1]).stripTrailingZeros().toPlainString() + " " + cells[2] + " "
                                + cells[5]);
            }
            standings.put(outcome.city(), byName);
            assertThat(outcome.runChecksums())
                    .as("%s: the first run and the re-rating, completed", outcome.city())
                    .hasSize(2)
                    .allSatisfy(run -> assertThat(run).matches("\\d+ completed [0-9a-f]{64}"));
        }
        log.info("published standings: {}", standings);
        assertThat(standings.get("quanzhou"))
                .containsEntry("泉州安泰安全评价有限公司", "103 优秀 1")
                .containsEntry("泉州海峡安全评价有限公司", "98 优秀 2")
                .containsEntry("泉州鼎信安全技术有限公司", "86 良好 3")
                .containsEntry("泉州华盛检测技术有限公司", "100 不合格 4")
                .doesNotContainKey("泉州闽南安全咨询有限公司");
        assertThat(standings.get("linyi"))
                .containsEntry("临沂鲁安检测技术有限公司", "94.5 优秀 1")
                .containsEntry("临沂沂蒙安全评价有限公司", "92 优秀 2")
                .containsEntry("临沂兰山安全技术服务有限公司", "100 差 3");
        assertThat(standings.get("suzhou"))
                .containsEntry("苏州恒信安全咨询有限公司", "104 五星 1")
                .containsEntry("苏州明达安全评价有限公司", "103 五星 2")
                .containsEntry("苏州吴中安全技术有限公司", "104 不予评定星级 3");
    }

    /** Requests went to both API nodes, in turn. */
    private static void assertRequestsSpread(Deployment cluster) {
        Map<String, Integer> perNode = cluster.requestsPerNode();
        int total = perNode.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(perNode.keySet()).containsExactly("api-1", "api-2");
        assertThat(perNode.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(total * 2 / 5));
    }

    /** Each outbox row was delivered once (Elasticsearch accepted it once), none is pending. */
    private static void assertEveryOutboxRowDeliveredOnce(Deployment cluster) {
        var jdbc = cluster.jdbc();
        Map<Integer, Integer> byDeliveries = new TreeMap<>();
        jdbc.query("SELECT deliveries, COUNT(*) FROM search_outbox GROUP BY deliveries", row -> {
            byDeliveries.put(row.getInt(1), row.getInt(2));
        });
        Map<String, Integer> byNode = new TreeMap<>();
        jdbc.query("SELECT COALESCE(claimed_by, '-'), COUNT(*) FROM search_outbox GROUP BY claimed_by", row -> {
            byNode.put(row.getString(1), row.getInt(2));
        });
        log.info("cluster outbox: rows by deliveries {}, by the node that delivered them {}", byDeliveries, byNode);
        assertThat(byDeliveries.keySet()).containsExactly(1);
        assertThat(byDeliveries.get(1)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE sent_at IS NULL", Integer.class))
                .isZero();
    }

    /**
     * Nothing lost: the public index holds exactly the announced entries of the published publications, each
     * at its version (1, or 2 once superseded), as the projection reads them from the tables.
     */
    private static void assertPublicIndexEqualsTables(Deployment cluster) throws IOException {
        Map<Long, Long> inTables = new TreeMap<>();
        cluster.jdbc()
                .query(
                        "SELECT e.id, EXISTS (SELECT 1 FROM publication later WHERE later.tenant_id = p.tenant_id"
                                + " AND later.year = p.year AND later.status = 'published' AND later.seq > p.seq)"
                                + " FROM publication_entry e JOIN publication p ON p.tenant_id = e.tenant_id"
                                + " AND p.id = e.publication_id WHERE p.status = 'published' AND e.public = 1",
                        row -> {
                            inTables.put(row.getLong(1), row.getBoolean(2) ? 2L : 1L);
                        });
        var client = cluster.elasticsearch();
        String index = cluster.index("ratings");
        client.indices().refresh(r -> r.index(index));
        Map<Long, Long> inIndex = new TreeMap<>();
        client.search(
                        s -> s.index(index)
                                .size(10_000)
                                .version(true)
                                .source(src -> src.fetch(false))
                                .query(q -> q.matchAll(all -> all)),
                        Void.class)
                .hits()
                .hits()
                .forEach(hit -> inIndex.put(Long.parseLong(hit.id()), hit.version()));
        log.info("cluster public index: {} documents, {} announced published entries", inIndex.size(), inTables.size());
        assertThat(inTables).isNotEmpty();
        assertThat(inIndex).isEqualTo(inTables);
    }

    /**
     * The API nodes managed the runs (only they claim runs in this deployment) and ran no partition themselves
     * ({@code remote.worker=false}): every partition of every run names the worker that ran it, and both took part.
     */
    private static void assertPartitionsRanOnTheWorkers(Deployment cluster) {
        var repository = cluster.bean(JobRepository.class);
        List<Long> partitions = cluster.jdbc()
                .queryForList(
                        "SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s JOIN rating_run r"
                                + " ON r.job_execution_id = s.JOB_EXECUTION_ID WHERE s.STEP_NAME LIKE '%Worker:%'",
                        Long.class);
        Map<String, Integer> perWorker = new TreeMap<>();
        List<String> notCompleted = new ArrayList<>();
        for (long id : partitions) {
            var execution = repository.getStepExecution(id);
            perWorker.merge(execution.getExecutionContext().getString("rating.worker", "(none)"), 1, Integer::sum);
            if (!execution.getStatus().name().equals("COMPLETED")) {
                notCompleted.add(execution.getStepName() + " " + execution.getStatus());
            }
        }
        // per run, each of the 2 partitioned steps has one partition per agency-id range the first step cut (4 asked
        // for, fewer when a city has fewer agencies: 苏州's 3)
        List<String> ranges =
                cluster.jdbc().queryForList("SELECT partition_ranges FROM rating_run ORDER BY id", String.class);
        int expected = ranges.stream().mapToInt(r -> 2 * r.split(";").length).sum();
        log.info("cluster: {} partitions over {} runs, per worker {}", partitions.size(), ranges.size(), perWorker);
        assertThat(ranges).hasSize(6);
        assertThat(partitions).hasSize(expected);
        assertThat(notCompleted).isEmpty();
        assertThat(perWorker.keySet()).containsExactlyInAnyOrder("worker-1", "worker-2");
    }
}
