package dev.saferank.batch.rating.internal;

import dev.saferank.rating.run.RatingAlreadyRunningException;
import dev.saferank.rating.run.RatingRefusedException;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The node's rating worker ({@code saferank.rating.worker.enabled}, default true): every poll interval
 * it queues the runs the campaign calendars ask for today (a tenant's {@code campaign.rating_date}, when
 * no run of that tenant and year exists yet), then claims a queued run — any node may, the claim is an
 * atomic update — and runs it to its end in its own thread. One run at a time per node.
 */
@Component
class RatingWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RatingWorker.class);

    private final RatingSettings settings;
    private final RatingRuns runs;
    private final RatingLauncher launcher;
    private final JdbcTemplate jdbc;
    private ScheduledExecutorService poller;

    RatingWorker(RatingSettings settings, RatingRuns runs, RatingLauncher launcher, JdbcTemplate jdbc) {
        this.settings = settings;
        this.runs = runs;
        this.launcher = launcher;
        this.jdbc = jdbc;
    }

    @Override
    public void start() {
        if (!settings.worker().enabled()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rating-worker");
            t.setDaemon(true);
            return t;
        });
        long millis = settings.worker().pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    void poll() {
        try {
            queueScheduled();
            for (RatingRun run : runs.queued()) {
                if (runs.claim(run)) {
                    log.info("rating run {} of {} {} claimed", run.id(), run.tenantId(), run.year());
                    try {
                        log.info("rating run {} ended {}", run.id(), launcher.run(run));
                    } catch (Exception notStarted) {
                        // the job could not even begin (its listener never ran): release the guard
                        log.error("rating run {} could not be started", run.id(), notStarted);
                        runs.failed(run.tenantId(), run.id(), "评定失败：评定任务未能启动，请联系运维人员查看日志后重新执行");
                    }
                    return;
                }
            }
        } catch (Exception e) {
            log.error("rating worker poll failed", e);
        }
    }

    private void queueScheduled() {
        var due = jdbc.query(
                "SELECT c.tenant_id, c.year FROM campaign c WHERE c.rating_date = CURRENT_DATE AND NOT EXISTS"
                        + " (SELECT 1 FROM rating_run r WHERE r.tenant_id = c.tenant_id AND r.year = c.year)",
                (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)});
        for (Object[] d : due) {
            try {
                long id = runs.queue((String) d[0], (Integer) d[1], "schedule", "按评定日程自动发起")
                        .id();
                log.info("rating run {} queued by the calendar of {} {}", id, d[0], d[1]);
            } catch (RatingAlreadyRunningException | RatingRefusedException notNow) {
                log.warn("scheduled rating of {} {} not queued: {}", d[0], d[1], notNow.getMessage());
            }
        }
    }
}
