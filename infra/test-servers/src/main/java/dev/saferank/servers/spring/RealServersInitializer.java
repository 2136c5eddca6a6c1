package dev.saferank.servers.spring;

import dev.saferank.servers.TestServers;
import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the servers of this build through the {@code saferank.*}
 * properties; fails loudly when there are none.
 */
public final class RealServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new HashMap<String, Object>(TestServers.endpoints().asProperties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("saferank-servers", properties));
    }
}
