package dev.saferank.platform.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --saferank.search.rebuild=true --spring.main.web-application-type=none}:
 * rebuilds every index from MySQL, logs the counts and exits (0 on success).
 */
@Component
@ConditionalOnProperty(name = "saferank.search.rebuild", havingValue = "true")
class RebuildCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final Rebuild rebuild;
    private final ConfigurableApplicationContext context;

    RebuildCommand(Rebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var written = rebuild.rebuildAll();
        log.info("Search indices rebuilt from MySQL: {}", written);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
