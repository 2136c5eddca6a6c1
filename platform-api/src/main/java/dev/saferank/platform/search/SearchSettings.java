package dev.saferank.platform.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexPrefix prepended to every index name ({@code saferank-reports})
 * @param rebuild when true, the application rebuilds every index from MySQL and exits (the
 *     operator's command, see README)
 * @param responseTimeout how long a request to Elasticsearch waits for the answer
 */
@ConfigurationProperties("saferank.search")
record SearchSettings(
        @DefaultValue("saferank-") String indexPrefix,
        @DefaultValue("false") boolean rebuild,
        @DefaultValue("30s") java.time.Duration responseTimeout) {}
