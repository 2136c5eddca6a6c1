package dev.saferank.platform.abuse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of {@code client_limit} nobody touched for two hours: past every window (the complaint
 * limit looks back one hour). On one node at a time (ShedLock row {@code client-limit-prune}); a class of
 * its own so that {@link ClientLimits}, on the way of every anonymous request, is not wrapped in the lock's
 * proxy.
 */
@Component
class ClientLimitPruning {

    private final JdbcTemplate jdbc;

    ClientLimitPruning(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${saferank.abuse.prune-interval:10m}", initialDelayString = "1m")
    @SchedulerLock(name = "client-limit-prune", lockAtMostFor = "PT5M")
    public void prune() {
        jdbc.update("DELETE FROM client_limit WHERE touched_at < TIMESTAMPADD(HOUR, -2, CURRENT_TIMESTAMP(3))");
    }
}
