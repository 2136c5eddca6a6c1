package dev.saferank.platform.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the five cities on start when {@code saferank.seed-tenants=true} (the demo profile sets
 * it). Started without a web server ({@code --spring.main.web-application-type=none}) it is an
 * operator's command: it seeds, then exits.
 */
@Component
@ConditionalOnBooleanProperty("saferank.seed-tenants")
@Order(0)
class SeedTenantsRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedTenantsRunner.class);

    private final SeedTenants seed;
    private final ConfigurableApplicationContext context;

    SeedTenantsRunner(SeedTenants seed, ConfigurableApplicationContext context) {
        this.seed = seed;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        SeedTenants.Report report = seed.run();
        log.info(
                "Seed cities onboarded: {} tenant rows, {} districts, {} schemes activated, {} calendars added{}",
                report.tenants(),
                report.districts(),
                report.schemes(),
                report.campaigns(),
                report.changedNothing() ? " (already complete: nothing changed)" : "");
        if (!(context instanceof WebServerApplicationContext)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
