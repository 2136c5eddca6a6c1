package dev.saferank.platform.similarity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The copied-report check ({@code saferank.report-similarity.*}).
 *
 * @param enabled whether this node checks queued reports (every node may; they take turns)
 * @param pollInterval how often the queue is looked at
 * @param batchSize queued reports checked per round
 * @param threshold the Jaccard index from which a pair is suggested (0–1)
 * @param maxCandidates candidates compared exactly per report, those sharing the most buckets first
 * @param minLength reports shorter than this (letters and digits, names masked) are not compared:
 *     a few lines say nothing about copying
 * @param tenants per tenant: another threshold, and the rule codes to suggest when the wording of
 *     the city's scheme names none ({@code copy-rule}, {@code template-rule})
 */
@ConfigurationProperties("saferank.report-similarity")
record SimilaritySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("0.5") double threshold,
        @DefaultValue("100") int maxCandidates,
        @DefaultValue("200") int minLength,
        @DefaultValue Map<String, TenantSettings> tenants) {

    /** One tenant's settings; each may be left out. */
    record TenantSettings(Double threshold, String copyRule, String templateRule) {}

    double threshold(String tenant) {
        var own = tenants.get(tenant);
        return own != null && own.threshold() != null ? own.threshold() : threshold;
    }

    Optional<String> configuredRule(String tenant, String kind) {
        var own = tenants.get(tenant);
        if (own == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SuggestedRule.COPY.equals(kind) ? own.copyRule() : own.templateRule())
                .filter(code -> !code.isBlank());
    }
}
