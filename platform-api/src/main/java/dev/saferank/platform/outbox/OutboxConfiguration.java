package dev.saferank.platform.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSettings.class)
class OutboxConfiguration {

    @Bean
    NodeName outboxNodeName(@Value("${saferank.node.name:}") String configured) {
        return NodeName.of(configured);
    }
}
