package dev.saferank.platform.demo;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo agencies of 泉州 and 佛山 for the local run, after the seed cities (tenants, districts,
 * schemes) are in: loaded once, when the database has none of them.
 */
@Component
@Profile("demo")
@Order(1)
class DemoAgencies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgencies.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoAgencies(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer loaded = jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE created_by = 'demo'", Integer.class);
        if (loaded != null && loaded > 0) {
            return;
        }
        transaction.executeWithoutResult(status ->
                new ResourceDatabasePopulator(new ClassPathResource("demo/demo-agencies.sql")).execute(dataSource));
        log.info("Demo agencies loaded: 3 in 泉州, 3 in 佛山, with staff, engagements, findings and measurements");
    }
}
