package dev.saferank.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.facts.Populations;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
     * 泉州 2023 ({@link Populations#quanzhou}, worked there): 安泰 101.0, its 12.1 (−2) withdrawn on objection → 103.0
     * 优秀; 海峡 98.0 优秀; 鼎信 86.0 良好; 华盛 100.0 but V2 → 不合格, ranked last; 闽南 E1, no total.
     */
    private static CityYear.Outcome quanzhou(Deployment deployment) {
        var y = new CityYear(deployment, "quanzhou", 1, 2023, "350503");
        var q = Populations.quanzhou(y, "泉州安泰安全评价有限公司", "泉州鼎信安全技术有限公司", "泉州华盛检测技术有限公司", "泉州闽南安全咨询有限公司", "泉州海峡安全评价有限公司");
        return y.end("泉州安泰安全评价有限公司", q.aFinding());
    }

    /**
     * 临沂 2022 ({@link Populations#linyi}, worked there): 鲁安 94.50 优秀; 沂蒙 90.00, its 3.1 ×2 (−2) withdrawn on
     * objection → 20 + 20 + 30 + 14 + 8 = 92.00 优秀; 兰山 V3 → 差 whatever its 100.00, ranked last; 河东 no total.
     */
    private static CityYear.Outcome linyi(Deployment deployment) {
        var y = new CityYear(deployment, "linyi", 2, 2022, "371302");
        var l = Populations.linyi(y, "临沂鲁安检测技术有限公司", "临沂沂蒙安全评价有限公司", "临沂兰山安全技术服务有限公司", "临沂河东安全咨询有限公司");
        return y.end("临沂沂蒙安全评价有限公司", l.bFinding());
    }

    /**
     * 苏州 2023 ({@link Populations#suzhou}, worked there): 恒信 104.00 五星; 明达 102.00, its 3.1 ×2 (−1) withdrawn on
     * objection → 103.00 五星; 吴中 104.00 but V1 → 不予评定星级, ranked last.
     */
    private static CityYear.Outcome suzhou(Deployment deployment) {
        var y = new CityYear(deployment, "suzhou", 3, 2023, "320508");
        var s = Populations.suzhou(y, "苏州恒信安全咨询有限公司", "苏州明达安全评价有限公司", "苏州吴中安全技术有限公司");
        return y.end("苏州明达安全评价有限公司", s.bFinding());
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
