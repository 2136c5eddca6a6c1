package dev.saferank.platform;

import dev.saferank.servers.Endpoints;
import dev.saferank.servers.TestServers;
import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the servers of this build (fails loudly when there are none). */
public final class RealServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Endpoints endpoints = TestServers.endpoints();
        var properties = new HashMap<String, Object>(endpoints.asProperties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("saferank-servers", properties));
    }
}
