package dev.saferank.platform.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduling, with ShedLock's JDBC provider so that a task annotated {@code @SchedulerLock}
 * fires on one node at a time across all API nodes. The lock is a row of {@code shedlock} (V170) held
 * until {@code lock_until} on the database's clock (so the nodes' clocks do not matter); a node that
 * dies holding it frees it at {@code lockAtMostFor}. ShedLock rather than a lease row of our own: it is
 * the well-kept library for exactly this, on the same database and transaction-free JDBC we use.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
