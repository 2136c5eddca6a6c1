package dev.saferank.rating.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Stops an app's start before any bean exists when a secret is unusable: missing, malformed or published,
 * in any profile but {@code dev} (the {@code test} profile of the build's tests included). A bean factory
 * post processor runs after every property source (tests' initializers included) and before anything reads
 * a key or opens a connection. Register it from a {@code static} {@code @Bean} method with the app's checks.
 */
public final class SecretGuard implements BeanFactoryPostProcessor {

    private final Environment environment;
    private final List<SecretCheck> checks;

    public SecretGuard(Environment environment, List<SecretCheck> checks) {
        this.environment = environment;
        this.checks = List.copyOf(checks);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var problems = problems(environment, checks);
        if (!problems.isEmpty()) {
            throw new UnsafeSecretsException(Arrays.asList(environment.getActiveProfiles()), problems);
        }
    }

    /** One line per unusable secret of the checks; empty when all are usable. */
    public static List<String> problems(Environment env, List<SecretCheck> checks) {
        boolean dev = Arrays.asList(env.getActiveProfiles()).contains("dev");
        var problems = new ArrayList<String>();
        checks.forEach(check -> check.check(env, dev, problems));
        return problems;
    }
}
