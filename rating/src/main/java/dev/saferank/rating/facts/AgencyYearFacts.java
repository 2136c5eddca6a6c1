package dev.saferank.rating.facts;

import dev.saferank.scheme.Facts;
import java.util.List;

/**
 * What is recorded about one agency for one year, as the engine takes it, with the recorded facts the
 * scheme does not use (set aside: listed, never scored).
 *
 * @param agencyId the agency
 * @param name its name now
 * @param facts the engine's facts
 * @param setAside recorded facts the scheme version does not use, each with the reason
 */
public record AgencyYearFacts(long agencyId, String name, Facts facts, List<FactProblem> setAside) {

    public AgencyYearFacts {
        setAside = List.copyOf(setAside);
    }
}
