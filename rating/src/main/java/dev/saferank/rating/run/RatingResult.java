package dev.saferank.rating.run;

import java.math.BigDecimal;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One agency's result in one run (a row of {@code rating_result}). The trail is parsed on the first
 * trail field a query asks for: a page of results that selects only totals and ranks never parses it.
 *
 * @param tenantId the tenant (never exposed)
 * @param agencyName the agency's name when it was rated
 * @param trail the stored trail, or null when not read
 */
public record RatingResult(
        String tenantId,
        long runId,
        long agencyId,
        String agencyName,
        String category,
        String district,
        String exclusionCode,
        BigDecimal rawTotal,
        BigDecimal total,
        String grade,
        Integer overallRank,
        String groupKey,
        Integer groupRank,
        String trail) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The totals as the engine gave them: the column keeps four decimals for every scheme, so that 92.0
     * would read 92.0000 beside the preview's 92.0.
     */
    public RatingResult {
        rawTotal = shown(rawTotal);
        total = shown(total);
    }

    private static BigDecimal shown(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.setScale(Math.max(1, stripped.scale()));
    }

    /** The agency as rated: id and the name it had then. */
    public record RatedAgency(long id, String name) {}

    public RatedAgency agency() {
        return new RatedAgency(agencyId, agencyName);
    }

    /** The keyset position of the result in its run: rank first (excluded agencies last), then agency id. */
    public long rankKey() {
        return overallRank == null ? Integer.MAX_VALUE : overallRank;
    }

    /** The trail; {@link Trail#EMPTY} when none was stored or read. */
    public Trail parsedTrail() {
        if (trail == null || trail.isBlank()) {
            return Trail.EMPTY;
        }
        return JSON.readValue(trail, Trail.class);
    }
}
