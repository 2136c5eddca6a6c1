package dev.saferank.platform.abuse;

import dev.saferank.platform.privacy.ClientAddressHashes;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The client's address is resolved and keyed as for the complaint limit: the same trusted proxies
 * ({@code saferank.complaints.trusted-proxies}) and the same address keys ({@code
 * saferank.keys.client-address}), so that one address is one client everywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AbuseSettings.class)
class AbuseConfiguration {

    @Bean
    ClientAddresses clientAddresses(Environment environment, ClientAddressHashes hashes) {
        Binder binder = Binder.get(environment);
        List<String> proxies = binder.bind("saferank.complaints.trusted-proxies", Bindable.listOf(String.class))
                .orElse(List.of());
        return new ClientAddresses(proxies, hashes.hash());
    }
}
