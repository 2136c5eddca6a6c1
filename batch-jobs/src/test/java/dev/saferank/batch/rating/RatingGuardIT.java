package dev.saferank.batch.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.rating.run.RatingAlreadyRunningException;
import dev.saferank.rating.run.RatingRefusedException;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.servers.spring.RealServersInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A second start of the same tenant and year while one is queued or running is refused, whichever node
 * starts it: the guard is the database's unique rating_run.active_key, so requests racing on separate
 * connections (as separate nodes would) queue exactly one run.
 */
@SpringBootTest
@ContextConfiguration(initializers = RealServersInitializer.class)
class RatingGuardIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RatingRuns runs;

    @Test
    void twoConcurrentStartsQueueOneRunAndRefuseTheOther() throws Exception {
        var data = new RatingData(jdbc, "qz").scheme("quanzhou/quanzhou-2023.yaml", 2023);
        int contenders = 8;
        var ready = new CountDownLatch(contenders);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(contenders);
        List<Future<Long>> outcomes = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            String who = "admin-" + i;
            Callable<Long> start = () -> {
                ready.countDown();
                go.await();
                return runs.queue(data.tenant, 2023, who, "并发发起").id();
            };
            outcomes.add(pool.submit(start));
        }
        ready.await();
        go.countDown();
        int queued = 0;
        int refused = 0;
        for (Future<Long> outcome : outcomes) {
            try {
                outcome.get();
                queued++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause())
                        .isInstanceOf(RatingAlreadyRunningException.class)
                        .hasMessageContaining("该年度评定正在进行");
                refused++;
            }
        }
        pool.shutdown();
        assertThat(queued).isEqualTo(1);
        assertThat(refused).isEqualTo(contenders - 1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rating_run WHERE tenant_id = ? AND year = 2023",
                        Integer.class,
                        data.tenant))
                .isEqualTo(1);
        // another year of the same tenant is not held by it
        assertThatThrownBy(() -> runs.queue(data.tenant, 2024, "admin", "无方案"))
                .isInstanceOf(RatingRefusedException.class)
                .hasMessage("2024 年度没有启用的考评方案，请先启用方案再评定");
    }
}
