package dev.saferank.platform.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Re-keying on start (before the API answers; {@code saferank.privacy.rekey-on-start=false} leaves it to the
 * operator) and as the operator's command {@code --saferank.privacy.rekey=true
 * --spring.main.web-application-type=none}: one pass with progress, then exit (0 when no row was left under
 * a key the rings lack).
 */
final class RekeyCommand implements InitializingBean, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RekeyCommand.class);

    private final Rekeying rekeying;
    private final Environment env;
    private final ConfigurableApplicationContext context;

    RekeyCommand(Rekeying rekeying, Environment env, ConfigurableApplicationContext context) {
        this.rekeying = rekeying;
        this.env = env;
        this.context = context;
    }

    @Override
    public void afterPropertiesSet() {
        if (env.getProperty("saferank.privacy.rekey-on-start", Boolean.class, true) && !command()) {
            var outcome = rekeying.run(null);
            if (outcome.sealed() + outcome.hashes() > 0) {
                log.info("personal data re-keyed on start: {}", outcome);
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!command()) {
            return;
        }
        log.info("re-keying personal data and ID-number hashes to the current keys");
        var outcome = rekeying.run(null);
        log.info(
                "re-keyed: {} rows sealed under the current key, {} staff hashes moved, {} under unknown keys",
                outcome.sealed(),
                outcome.hashes(),
                outcome.unknownKeys());
        int code = outcome.unknownKeys() == 0 ? 0 : 2;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private boolean command() {
        return env.getProperty("saferank.privacy.rekey", Boolean.class, false);
    }
}
