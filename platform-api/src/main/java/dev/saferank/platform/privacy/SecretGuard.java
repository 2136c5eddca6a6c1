package dev.saferank.platform.privacy;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Stops the start before any bean exists when a secret is unusable ({@link Secrets}). A bean factory post
 * processor runs after every property source (tests' initializers included) and before anything reads a key.
 */
final class SecretGuard implements BeanFactoryPostProcessor {

    private final Environment environment;

    SecretGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var problems = Secrets.problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeSecretsException(Arrays.asList(environment.getActiveProfiles()), problems);
        }
    }
}
