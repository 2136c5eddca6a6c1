package dev.saferank.batch;

import dev.saferank.batch.rating.RatingCommand;
import dev.saferank.rating.secrets.BrokerSecret;
import dev.saferank.rating.secrets.DatabaseSecret;
import dev.saferank.rating.secrets.SecretGuard;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The Spring Batch application; its JobRepository lives in the platform's database. Started plainly it
 * serves health on 8081 and its worker runs queued ratings; {@code rate …} runs the operators' command
 * (batch-jobs/rate) and exits with its code. Either way it refuses to start outside the profile dev without
 * a database password of its own (the secret guard platform-api uses too, with its keys).
 */
@SpringBootApplication
@Import(BatchJobs.class)
public class BatchApplication {

    /** Stops the start, before any connection, while the database password is missing or published. */
    @Bean
    static SecretGuard secretGuard(Environment environment) {
        return new SecretGuard(environment, List.of(new DatabaseSecret(), new BrokerSecret()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("rate")) {
            System.exit(rate(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(BatchApplication.class, args);
    }

    private static int rate(String[] args) throws Exception {
        if (!RatingCommand.understands(Arrays.asList(args))) {
            System.err.println(RatingCommand.USAGE);
            return 2;
        }
        var application = new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "saferank.rating.worker.enabled=false",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        // start-up notes that say nothing to an operator
                        "logging.level.org.springframework.batch.core.listener=ERROR",
                        "logging.level.org.mybatis=ERROR")
                .build();
        // --name=value options (e.g. --saferank.db.url=…) still configure the app; the command's own
        // options are read by the command
        String[] springArgs = Arrays.stream(args)
                .filter(a -> a.startsWith("--") && a.contains("="))
                .toArray(String[]::new);
        try (var context = application.run(springArgs)) {
            return context.getBean(RatingCommand.class).execute(Arrays.asList(args), System.err);
        }
    }
}
