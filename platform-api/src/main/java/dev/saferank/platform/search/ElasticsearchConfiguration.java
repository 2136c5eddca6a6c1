package dev.saferank.platform.search;

import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 9.x Java client speaks to the 8.19 server in its compatibility mode: without these media
 * types the server answers HTTP 400 {@code media_type_header_exception}.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    static final String COMPATIBLE_WITH_8 = "application/vnd.elasticsearch+json; compatible-with=8";

    /**
     * How long a request waits for Elasticsearch's answer. The low-level client's own default (30 s)
     * would keep the outbox relay waiting on a hung server for that long per round.
     */
    @Bean
    Rest5ClientBuilderCustomizer elasticsearchResponseTimeout(SearchSettings settings) {
        return builder -> builder.setRequestConfigCallback(
                request -> request.setResponseTimeout(Timeout.of(settings.responseTimeout())));
    }

    @Bean
    Rest5ClientOptions elasticsearchClientOptions() {
        return (Rest5ClientOptions) new Rest5ClientOptions.Builder(RequestOptions.DEFAULT.toBuilder())
                .setHeader("Accept", COMPATIBLE_WITH_8)
                .setHeader("Content-Type", COMPATIBLE_WITH_8)
                .build();
    }
}
